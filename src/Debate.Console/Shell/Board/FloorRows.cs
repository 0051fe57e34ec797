using Debate.Console.Pages;
using Debate.Console.Shell.Views;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Shell.Board;

/// <summary>
/// The floor as a judge's flow: each claim, then the evidence for it and the rebuttals against it
/// (and the answers to those) indented under it; each row with its status mark, #number, card code,
/// side and strength. Arguments the selected card may be played on are marked ◆.
/// </summary>
internal static class FloorRows
{
    public const string TargetMark = "◆";

    public static List<Row> Of(Match match, IReadOnlySet<int> targets)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(targets);
        var statuses = FloorJudgement.Of(match);
        var children = match.Floor.Where(a => a.Target is not null).ToLookup(a => a.Target!.Value);
        var rows = new List<Row>();
        void Walk(Argument a, int depth)
        {
            rows.Add(new Row(RowOf(statuses[a.Id - 1], a, targets.Contains(a.Id)).Indented(depth * 2), a.Id));
            foreach (var child in children[a.Id])
            {
                Walk(child, depth + 1);
            }
        }

        foreach (var root in match.Floor.Where(a => a.Target is null))
        {
            Walk(root, 0);
        }

        if (rows.Count == 0)
        {
            rows.Add(Row.Of(Line.Of("Nothing on the floor yet.", Tone.Dim)));
        }

        return rows;
    }

    /// <summary>The mark and tone of an argument's status.</summary>
    public static (string Mark, Tone Tone) Mark(ArgumentStatus s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Kind == CardKind.Evidence ? ("+", Tone.Strong) : s.Label switch
        {
            Label.Standing => ("✔", Tone.Good),
            Label.Defeated => ("✘", Tone.Bad),
            _ => ("?", Tone.Warn),
        };
    }

    private static Line RowOf(ArgumentStatus s, Argument a, bool target)
    {
        var (mark, tone) = Mark(s);
        var line = Line.Blank
            .Add(target ? TargetMark : " ", Tone.Warn)
            .Add(mark, tone)
            .Add($" #{a.Id} ", Tone.Strong)
            .Add(s.Side == Side.Alliance ? "A" : "P", Line.SideTone(s.Side))
            .Add(a.Kind == CardKind.Evidence ? $" +{s.Strength} " : $" {s.Strength} ", Tone.Strong)
            .Add($"{a.Card} ", Tone.Dim);
        if (s.Either)
        {
            // Whose case an Either card serves is the side letter before it; the detail panel says it in full.
            line = line.Add(s.SharedWith.IsEmpty ? "either: " : "shared: ", Tone.Warn);
        }

        return line.Add(s.Tag, s.Label == Label.Defeated && a.Kind != CardKind.Evidence ? Tone.Dim : Tone.Plain);
    }
}
