using System.Collections.Immutable;
using Debate.Console.Shell.Terminal;
using Debate.Console.Shell.Ui;
using Debate.Core.Content;

namespace Debate.Console.Shell.Board;

/// <summary>The speaker's hand as a table: number, kind, card, strength, time cost, the claim, its themes.</summary>
internal static class HandLines
{
    /// <summary>The hand's heading; when <paramref name="outOfSight"/> cards do not fit, it says so instead of the legend.</summary>
    public static Line Heading(string owner, int cards, int outOfSight = 0)
    {
        var head = Line.Blank.Add($"HAND OF {owner.ToUpperInvariant()}", Tone.Heading).Add($"  {cards} card{(cards == 1 ? string.Empty : "s")}", Tone.Dim);
        return outOfSight > 0
            ? head.Add($"   {outOfSight} more out of sight: Up/Down to see them", Tone.Warn)
            : head.Add("   str = strength, time = what it costs of the speech", Tone.Dim);
    }

    public static IReadOnlyList<Line> Rows(ImmutableArray<HandOption> hand, int cursor, Glyphs glyphs, int width)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        var rows = new List<Line>();
        for (var i = 0; i < hand.Length; i++)
        {
            var option = hand[i];
            var card = option.Card;
            var tone = option.Playable ? Tone.Plain : Tone.Dim;
            var line = Line.Blank
                .Add(i == cursor ? glyphs.Pointer + " " : "  ", Tone.Strong)
                .Add($"{i + 1,2}  ", Tone.Strong)
                .Add($"{KindWord(card.Kind),-9} ", option.Playable ? KindTone(card.Kind) : Tone.Dim)
                .Add($"{card.Id.Value,-5} ", tone)
                .Add($"str {card.Strength}  time {card.Cost}   ", tone)
                // Before the tag, not after it: a narrow board cuts the end of the row, and the mark
                // must survive where colour does not (NO_COLOR, a projector, a screen reader).
                .Add(option.Playable ? string.Empty : "(not now) ", Tone.Dim)
                .Add(card.Tag, tone);
            if (!card.Themes.IsDefaultOrEmpty)
            {
                line = line.Add($"  [{string.Join(", ", card.Themes)}]", Tone.Dim);
            }

            rows.Add(i == cursor ? Pad(line.InTone(Tone.Selected), width) : line);
        }

        return rows;
    }

    public static string KindWord(CardKind kind) => kind switch
    {
        CardKind.Claim => "CLAIM",
        CardKind.Evidence => "EVIDENCE",
        CardKind.Rebuttal => "REBUTTAL",
        _ => "EVENT",
    };

    private static Tone KindTone(CardKind kind) => kind switch
    {
        CardKind.Claim => Tone.Strong,
        CardKind.Evidence => Tone.Good,
        _ => Tone.Warn,
    };

    /// <summary>A selected row is filled to the full width so that the highlight reads as a bar.</summary>
    public static Line Pad(Line line, int width) =>
        line.Length >= width ? line : line.Add(new string(' ', width - line.Length), Tone.Selected);
}
