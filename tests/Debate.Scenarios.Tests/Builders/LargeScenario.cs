using System.Globalization;
using System.Text;

namespace Debate.Scenarios.Tests.Builders;

/// <summary>
/// The test fixture (<c>Fixtures/valid.yaml</c>) with its cards replaced by generated ones: claims,
/// evidence and rebuttals on both sides. Shared with the loader benchmarks, which link this file.
/// </summary>
internal static class LargeScenario
{
    /// <summary>A size limit that admits the generated file (about 1.2 MiB for 5,000 cards).</summary>
    public const long MaxBytes = 4 * LoadOptions.DefaultMaxBytes;

    /// <summary><paramref name="validText"/> (the fixture) with its cards replaced by <paramref name="count"/> generated ones.</summary>
    public static string Build(string validText, int count)
    {
        ArgumentNullException.ThrowIfNull(validText);
        var start = validText.IndexOf("cards:\n", StringComparison.Ordinal);
        var end = validText.IndexOf("events:\n", StringComparison.Ordinal);
        var cards = new StringBuilder("cards:\n");
        string[] kinds = ["claim", "claim", "evidence", "rebuttal"];
        int[] arguments = [3, 4, 5, 7]; // the fixture digest's argument paragraphs: claims and rebuttals should cite an argument
        for (var i = 0; i < count; i++)
        {
            var side = i % 2 == 0 ? "alliance" : "partnership";
            var theme = i % 3 == 0 ? "trade" : "trust";
            cards.Append(CultureInfo.InvariantCulture, $"""
                  - id: C{i:00000}
                    kind: {kinds[i / 2 % 4]}
                    side: {side}
                    tag: Generated argument number {i}
                    body: A generated card for the load benchmark. It says nothing in particular.
                    themes: [{theme}]
                    strength: {1 + (i % 5)}
                    cost: {1 + (i % 2)}
                    cite: doc-a ¶{arguments[i % 4]}

                """);
        }

        return string.Concat(validText.AsSpan(0, start), cards.ToString(), validText.AsSpan(end))
            .Replace("    boost: { event: E01, strength: 1 }\n", "", StringComparison.Ordinal);
    }
}
