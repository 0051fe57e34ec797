using System.Globalization;
using Debate.Core.Content;
using Debate.Core.Previews;
using Debate.Opponents.Reading;

namespace Debate.Opponents.Search;

/// <summary>
/// The champion's reason, in a debater's words: the move and what it does on the floor (its
/// preview), which bloc it wins or keeps (a standing weight a student can recompute from the
/// board), and why search preferred it to the runner-up (how often each lost the room in the worlds
/// search tried it in). The search's own figures go under "more".
/// </summary>
internal static class ChampionReason
{
    public static OpponentChoice Of(FloorReading reading, MovePreview chosen, SearchNode best, (SearchNode Node, MovePreview Preview)? runnerUp, string? guard, int iterations)
    {
        var parts = new List<string> { MoveText.Said(reading, chosen) + "." };
        if (guard is not null)
        {
            parts.Add(guard);
        }

        if (Blocs(reading.Side, chosen) is { } blocs)
        {
            parts.Add(blocs);
        }

        if (runnerUp is { } second)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"Search preferred it to {MoveText.Describe(reading.Scenario, second.Preview.Move)}, which lost the room in {Share(second.Node)} of the worlds where search tried it; this move lost it in {Share(best)}."));
        }

        var more = string.Create(CultureInfo.InvariantCulture,
            $"Searched {iterations} possible worlds. This move: {best.Visits} trials, outlook {best.Mean * 100:0}%, room lost in {best.Losses}.");
        if (runnerUp is { } other)
        {
            more += string.Create(CultureInfo.InvariantCulture,
                $" Runner-up: {other.Node.Visits} trials, outlook {other.Node.Mean * 100:0}%, room lost in {other.Node.Losses}.");
        }

        return new OpponentChoice(chosen.Move, string.Join(" ", parts), more);
    }

    // The bloc the move wins over (it led for the other side or was level before), else the largest bloc it keeps;
    // ending a speech says how the scales stand as the room leans (news revealed next does not count yet).
    private static string? Blocs(Side side, MovePreview chosen)
    {
        var ours = chosen.Weights.Where(w => w.LeadsAfter == side).OrderByDescending(w => w.Share).ToList();
        var largest = ours.FirstOrDefault() ?? chosen.Weights.OrderByDescending(w => w.Share).FirstOrDefault();
        if (largest is null)
        {
            return null;
        }

        if (chosen.Lean is { } lean)
        {
            return lean.Leans
                ? string.Create(CultureInfo.InvariantCulture, $"As the room leans, our standing weight with {largest.Name} is {largest.After(side):0.0} against {largest.After(side.Opponent()):0.0}.")
                : null;
        }

        var won = ours.FirstOrDefault(w => w.LeadsBefore != side);
        return won is not null ? $"It wins {won.Name} over ({Weight(side, won)})."
            : ours.Count > 0 ? $"It keeps {largest.Name} with us ({Weight(side, largest)})."
            : $"No bloc weighs our standing case above theirs yet ({Weight(side, largest)}).";
    }

    private static string Weight(Side side, BlocWeight w) => string.Create(CultureInfo.InvariantCulture,
        $"our standing weight with {w.Name}: {w.After(side):0.0} against {w.After(side.Opponent()):0.0}");

    private static string Share(SearchNode node) => string.Create(CultureInfo.InvariantCulture,
        $"{node.Losses} of {node.Visits} ({(node.Visits == 0 ? 0 : 100.0 * node.Losses / node.Visits):0}%)");
}
