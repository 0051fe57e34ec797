using System.Globalization;

namespace Debate.Debrief;

/// <summary>Counts in words for the pages a class reads: "1 rebuttal", "3 rebuttals", never "3 rebuttal(s)".</summary>
internal static class Plural
{
    /// <summary>The count and the noun, with an s when the count is not one (or the given plural).</summary>
    public static string Of(int count, string noun, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");
}
