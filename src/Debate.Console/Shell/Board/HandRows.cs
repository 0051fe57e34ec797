using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Views;
using Debate.Core.Content;

namespace Debate.Console.Shell.Board;

/// <summary>
/// The speaker's hand, one card a row: its number (kept for the whole speech, so numbers never
/// shift after a play), kind, strength, time cost, themes and claim. A card that cannot be played
/// now is marked × before its kind, where a narrow row still keeps the mark.
/// </summary>
internal static class HandRows
{
    public static List<Row> Of(IReadOnlyList<HandOption> hand, IReadOnlyDictionary<CardId, int> numbers, IReadOnlyDictionary<string, string> themeCodes)
    {
        ArgumentNullException.ThrowIfNull(hand);
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(themeCodes);
        var rows = new List<Row>();
        var width = Math.Max(1, numbers.Values.DefaultIfEmpty(1).Max().ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < hand.Count; i++)
        {
            var option = hand[i];
            var card = option.Card;
            var tone = option.Playable ? Tone.Plain : Tone.Dim;
            var number = numbers.TryGetValue(card.Id, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            var themes = string.Join(",", card.Themes.Select(t => themeCodes.TryGetValue(t, out var c) ? c : t));
            rows.Add(new Row(Line.Blank
                .Add(number.PadLeft(width) + " ", Tone.Strong)
                .Add(option.Playable ? " " : "×", Tone.Bad)
                .Add($"{Kind(card.Kind),-5} ", option.Playable ? KindTone(card.Kind) : Tone.Dim)
                .Add($"{card.Strength} {card.Cost} ", tone)
                .Add($"{themes} ", Tone.Dim)
                .Add(card.Tag, tone)
                .Add($"  {card.Id}", Tone.Dim), i));
        }

        if (rows.Count == 0)
        {
            rows.Add(Row.Of(Line.Of("No cards left: press E to end your speech.", Tone.Dim)));
        }

        return rows;
    }

    /// <summary>The hand's heading: whose it is and what the columns are.</summary>
    public static Line Heading(string owner, int cards, bool narrow) =>
        Line.Blank.Add($"HAND OF {owner.ToUpperInvariant()}", Tone.Heading)
            .Add(narrow ? $" {cards} · str time themes · ×=not now" : $"  {cards} card{(cards == 1 ? string.Empty : "s")} · strength, time, themes · × cannot be played now", Tone.Dim);

    /// <summary>
    /// Short codes for the themes when the row is narrow (each theme's shortest unique prefix, at
    /// least three letters); the themes' own ids when there is room.
    /// </summary>
    public static Dictionary<string, string> ThemeCodes(Scenario scenario, bool shorten)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var ids = scenario.Themes.Select(t => t.Id).ToList();
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var length = Math.Min(id.Length, 3);
            while (shorten && length < id.Length && ids.Any(o => o != id && o.StartsWith(id[..length], StringComparison.Ordinal)))
            {
                length++;
            }

            codes[id] = shorten ? id[..length] : id;
        }

        return codes;
    }

    private static string Kind(CardKind kind) => kind switch
    {
        CardKind.Claim => "CLAIM",
        CardKind.Evidence => "EVID",
        CardKind.Rebuttal => "REBUT",
        _ => "EVENT",
    };

    private static Tone KindTone(CardKind kind) => kind switch
    {
        CardKind.Claim => Tone.Strong,
        CardKind.Evidence => Tone.Good,
        _ => Tone.Warn,
    };
}
