using System.Text;
using Bogus;

namespace Debate.Scenarios.Tests.Robustness;

/// <summary>
/// Generates malformed and mutated scenario files from the valid fixture, reproducibly from a seed:
/// truncations, wrong types, deep nesting, huge strings, alias bombs, control characters, binary junk.
/// </summary>
internal sealed class MalformedCorpus(string valid, int seed)
{
    private static readonly string[] Values =
        ["", "~", "null", "true", "no", "-1", "0", "99999999999999999999", "1e309", "3.5", "[]", "{}", "[a, [b]]", "{ a: 1 }", "\"quoted\"", "'single'", "|\n  block", ">-", "!!binary AAAA", "!custom x", "&anchor x", "*alias", "? complex", "¶", "A01", "E01", "claim", "either", "- item", ": :", "{{", "]]", "\"\\e[31m\"", "\"\\x00\"", "\"\\uD800\""];

    private static readonly string[] Tokens =
        [":", "-", "[", "]", "{", "}", "&a", "*a", "!t", "%YAML 1.2", "---", "...", "|", ">", "'", "\"", "#", "?", ",", "\n", "  ", "\t", "id", "cards", "¶", "\\"];

    private readonly Faker faker = new() { Random = new Randomizer(seed) };
    private readonly string[] lines = valid.Split('\n');

    /// <summary>The kinds of damage, each with its generator; every call yields a new sample.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        ["truncated", "lines-shuffled", "wrong-types", "deep-nesting", "huge-strings", "alias-bombs", "control-characters", "binary-junk", "token-soup"];

    public byte[] Next(string kind) => kind switch
    {
        "truncated" => Utf8(valid[..faker.Random.Int(0, valid.Length)]),
        "lines-shuffled" => Utf8(Shuffled()),
        "wrong-types" => Utf8(WrongTypes()),
        "deep-nesting" => Utf8(DeepNesting()),
        "huge-strings" => Utf8(HugeString()),
        "alias-bombs" => Utf8(AliasBomb()),
        "control-characters" => Utf8(ControlCharacters()),
        "binary-junk" => BinaryJunk(),
        "token-soup" => Utf8(TokenSoup()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private string Shuffled()
    {
        var copy = lines.ToList();
        for (var i = faker.Random.Int(1, 12); i > 0; i--)
        {
            var (a, b) = (faker.Random.Int(0, copy.Count - 1), faker.Random.Int(0, copy.Count - 1));
            if (faker.Random.Bool())
            {
                (copy[a], copy[b]) = (copy[b], copy[a]);
            }
            else
            {
                copy.RemoveAt(a);
            }
        }

        return string.Join('\n', copy);
    }

    private string WrongTypes()
    {
        var copy = lines.ToArray();
        for (var i = faker.Random.Int(1, 10); i > 0; i--)
        {
            var at = faker.Random.Int(0, copy.Length - 1);
            var colon = copy[at].IndexOf(": ", StringComparison.Ordinal);
            var value = faker.Random.ArrayElement(Values);
            copy[at] = colon < 0 ? copy[at] + " " + value : copy[at][..(colon + 2)] + value;
        }

        return string.Join('\n', copy);
    }

    private string DeepNesting()
    {
        var depth = faker.Random.Int(20, 50_000);
        var nest = faker.Random.Int(0, 3) switch
        {
            0 => new string('[', depth) + new string(']', faker.Random.Bool() ? depth : 0),
            1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + new string('}', depth),
            2 => string.Concat(Enumerable.Range(0, Math.Min(depth, 3000)).Select(i => "\n" + new string(' ', i) + "k:")),
            _ => string.Concat(Enumerable.Repeat("- ", Math.Min(depth, 100_000))) + "x",
        };
        return Insert(nest);
    }

    private string HugeString()
    {
        var length = faker.Random.Bool(0.1f) ? faker.Random.Int(1_048_577, 1_300_000) : faker.Random.Int(5_000, 200_000);
        var huge = faker.Random.Int(0, 2) switch
        {
            0 => new string(faker.Random.AlphaNumeric(1)[0], length),
            1 => "\"" + new string(faker.Random.Chars('a', 'z', length)) + "\"",
            _ => "|\n" + string.Concat(Enumerable.Repeat("  " + faker.Lorem.Sentence() + "\n", length / 40)),
        };
        var copy = lines.ToArray();
        var at = faker.Random.Int(0, copy.Length - 1);
        var colon = copy[at].IndexOf(": ", StringComparison.Ordinal);
        copy[at] = colon < 0 ? huge : copy[at][..(colon + 2)] + huge;
        return string.Join('\n', copy);
    }

    private string AliasBomb()
    {
        var width = faker.Random.Int(2, 12);
        var levels = faker.Random.Int(3, 30);
        var bomb = new StringBuilder("l0: &l0 [" + string.Join(", ", Enumerable.Repeat("lol", width)) + "]\n");
        for (var i = 1; i < levels; i++)
        {
            bomb.Append(FormattableString.Invariant($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", width))}]\n"));
        }

        return faker.Random.Bool() ? bomb + valid : valid + "\n" + bomb;
    }

    private string ControlCharacters()
    {
        var text = new StringBuilder(valid);
        for (var i = faker.Random.Int(1, 20); i > 0; i--)
        {
            var c = faker.Random.Int(0, 5) switch
            {
                0 => "\u001b[2J\u001b[H",
                1 => ((char)faker.Random.Int(0, 31)).ToString(),
                2 => ((char)faker.Random.Int(0x7F, 0x9F)).ToString(),
                3 => ((char)faker.Random.Int(0xD800, 0xDFFF)).ToString(),
                4 => "\r",
                _ => "\u2028\uFFFE",
            };
            text.Insert(faker.Random.Int(0, text.Length), c);
        }

        return text.ToString();
    }

    private byte[] BinaryJunk()
    {
        var junk = faker.Random.Bytes(faker.Random.Int(0, 20_000));
        return faker.Random.Int(0, 2) switch
        {
            0 => junk,
            1 => [.. Utf8(valid[..faker.Random.Int(0, valid.Length)]), .. junk],
            _ => [0xEF, 0xBB, 0xBF, .. junk],
        };
    }

    private string TokenSoup() =>
        string.Concat(Enumerable.Range(0, faker.Random.Int(1, 3000)).Select(_ => faker.Random.ArrayElement(Tokens) + (faker.Random.Bool(0.3f) ? " " : "")));

    private string Insert(string fragment)
    {
        var at = faker.Random.Int(0, lines.Length - 1);
        var copy = lines.ToList();
        copy.Insert(at, faker.Random.Bool() ? "key: " + fragment : fragment);
        return string.Join('\n', copy);
    }
}
