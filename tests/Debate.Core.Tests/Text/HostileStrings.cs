using Bogus;

namespace Debate.Core.Tests.Text;

/// <summary>
/// Bogus-made strings that mix ordinary names and sentences with what a hostile save or scenario
/// could hold: terminal escape sequences, bare controls, bidi overrides, zero-width characters,
/// line breaks, lone surrogates. Each test names the seed it draws from.
/// </summary>
internal static class HostileStrings
{
    /// <summary>Sequences a terminal would act on, or that hide or reorder text.</summary>
    public static readonly string[] Payloads =
    [
        "\u001b[2J\u001b[H",                 // CSI: clear the screen, cursor home
        "\u001bc",                           // RIS: reset the terminal
        "\u001b]52;c;aGVsbG8=\u0007",        // OSC 52: write the clipboard
        "\u001b]0;owned\u001b\\",            // OSC 0: retitle the window, ST-terminated
        "\u001b]8;;http://x.example/\u001b\\link\u001b]8;;\u001b\\", // OSC 8 hyperlink
        "\u001bP1$qm\u001b\\",               // DCS
        "\u009b31m",                         // 8-bit CSI
        "\u009d0;t\u009c",                   // 8-bit OSC and ST
        "\u0007", "\u0008\u0008\u0008", "\u0000", "\u007f", "\r", "\n", "\r\n", "\u000b", "\u000c",
        "\u0085", "\u2028", "\u2029",
        "\u202e", "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c",
        "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u3164", "\u115f", "\uffa0", "\u034f",
        "\udb40\udc41\udb40\udc42",           // tag characters (ASCII smuggling)
        "\ud800", "\udfff", "\uffff", "\ufdd0",
    ];

    /// <summary>A name, a sentence or a path with one to four payloads spliced in at random places.</summary>
    public static IEnumerable<string> Generate(int seed, int count)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        for (var n = 0; n < count; n++)
        {
            var text = faker.Random.Int(0, 3) switch
            {
                0 => faker.Name.FullName(),
                1 => faker.Lorem.Sentence(),
                2 => faker.System.FilePath(),
                _ => faker.Lorem.Paragraphs(2),
            };
            var payloads = faker.Random.Int(1, 4);
            for (var p = 0; p < payloads; p++)
            {
                var at = faker.Random.Int(0, text.Length);
                if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
                {
                    at--;
                }

                text = text.Insert(at, faker.PickRandom(Payloads));
            }

            yield return text;
        }
    }
}
