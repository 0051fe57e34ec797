using System.Globalization;
using System.Text;

namespace Debate.Server.Rooms;

/// <summary>
/// A name a person types to take a seat: trimmed, inner spaces collapsed, 1 to 32 characters, and
/// nothing invisible or steering (control, format, bidi or private-use characters are refused, so a
/// name cannot reorder or hide the text around it on anyone's screen).
/// </summary>
internal static class PersonName
{
    public const int MaxLength = 32;

    /// <summary>The name as it will be shown, or the reason it cannot be used.</summary>
    public static (string? Name, string? Problem) Read(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return (null, "Type your name.");
        }

        if (typed.Length > 200)
        {
            return (null, $"A name has at most {MaxLength} characters.");
        }

        var name = new StringBuilder();
        foreach (var word in typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (name.Length > 0)
            {
                name.Append(' ');
            }

            name.Append(word);
        }

        var text = name.ToString().Normalize(NormalizationForm.FormC);
        if (text.Length > MaxLength)
        {
            return (null, $"A name has at most {MaxLength} characters.");
        }

        for (var i = 0; i < text.Length; i++)
        {
            var category = char.GetUnicodeCategory(text, i);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate)
            {
                return (null, "A name can hold letters, digits, spaces and punctuation, but no invisible or control characters.");
            }

            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }

        return (text, null);
    }
}
