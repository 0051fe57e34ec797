using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Debate.Console.Verbs;

/// <summary>
/// Options several verbs share, with parsers that say in words what they take (the built-in ones
/// name .NET types): the seed, counts with their bounds.
/// </summary>
internal static class VerbOptions
{
    public const string SeedPhrase = "a whole number from 0 to 18446744073709551615";

    /// <summary>--seed: a decimal whole number in the range of a 64-bit seed.</summary>
    public static Option<ulong?> Seed(string description, ulong? fallback = null)
    {
        var option = new Option<ulong?>("--seed")
        {
            Description = description,
            CustomParser = r => ParseSeed(r),
        };
        if (fallback is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }

        return option.Takes(SeedPhrase);
    }

    /// <summary>A count option (--games, --iterations, --threads) from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<int> Count(string name, string description, int fallback, int min = 1, int max = int.MaxValue)
    {
        var phrase = string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}");
        return new Option<int>(name)
        {
            Description = description,
            DefaultValueFactory = _ => fallback,
            CustomParser = r =>
            {
                var text = r.Tokens.Count == 0 ? null : r.Tokens[0].Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                {
                    return n;
                }

                r.AddError($"{name} takes {phrase}, not '{text}'");
                return fallback;
            },
        }.Takes(phrase);
    }

    private static ulong? ParseSeed(ArgumentResult r)
    {
        var text = r.Tokens.Count == 0 ? null : r.Tokens[0].Value;
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        r.AddError($"--seed takes {SeedPhrase}, not '{text}'");
        return null;
    }
}
