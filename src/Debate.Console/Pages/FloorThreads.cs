using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Console.Play;

namespace Debate.Console.Pages;

/// <summary>
/// The floor as argument threads, the way a judge's flow reads: each claim, then the evidence
/// that backs it and the rebuttals against it (and the answers to those), each marked standing,
/// defeated or undecided.
/// </summary>
internal static class FloorThreads
{
    /// <summary>One line per argument, threads in the order their claims were made.</summary>
    public static IReadOnlyList<(int Id, Line Line)> Lines(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var statuses = FloorJudgement.Of(match);
        var children = match.Floor.Where(a => a.Target is not null).ToLookup(a => a.Target!.Value);
        var lines = new List<(int, Line)>();
        void Walk(Argument a, int depth)
        {
            var line = LineOf(match, statuses, a).Indented(depth * 3);
            lines.Add((a.Id, line));
            foreach (var child in children[a.Id])
            {
                Walk(child, depth + 1);
            }
        }

        foreach (var root in match.Floor.Where(a => a.Target is null))
        {
            Walk(root, 0);
        }

        return lines;
    }

    /// <summary>Status in words, for the plain mode and for screen readers.</summary>
    public static string StatusWord(ArgumentStatus status) => status.Label switch
    {
        Label.Standing => "stands",
        Label.Defeated => "defeated",
        _ => "undecided",
    };

    private static Line LineOf(Match match, ImmutableArray<ArgumentStatus> statuses, Argument a)
    {
        var s = statuses[a.Id - 1];
        var weak = s.TooWeak && a.Target is int t
            ? $"too weak to defeat #{t} ({s.Strength} against {statuses[t - 1].Strength})"
            : null;
        var seat = match.Seats[a.Seat].Name;
        var what = a.Kind switch
        {
            CardKind.Evidence => $"evidence for #{a.Target}, +{s.Strength}",
            CardKind.Rebuttal => $"rebuts #{a.Target}, strength {s.Strength}, {StatusWord(s)}",
            _ => $"claim, strength {s.Strength}, {StatusWord(s)}",
        };
        var dropped = s.Reply switch
        {
            Reply.Dropped => ", dropped",
            Reply.LastWord => ", last word",
            Reply.NotYet => ", not answered yet",
            _ => string.Empty,
        };
        var fails = weak is null ? string.Empty : $", {weak}";
        return Line.Of($"#{a.Id} {s.Side} ({seat}) {what}{dropped}{fails}: {s.TagInVoice}");
    }
}
