using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Records;

/// <summary>Replays a record from its seed, checking the state hash after every move.</summary>
public static class Replay
{
    /// <summary>Re-applies the whole log; stops at the first move that is refused or reaches another state.</summary>
    public static ReplayResult Run(Scenario scenario, MatchRecord record, int? upTo = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(record);
        var changed = scenario.ContentHash != record.ScenarioHash
            ? $" The scenario '{scenario.Id}' has changed since the match was played (hash {scenario.ContentHash}, recorded {record.ScenarioHash})."
            : string.Empty;
        if (RecordHeader.Problem(record) is { } tampered)
        {
            return new ReplayResult(null, 0, $"The record's header does not match its seats: {tampered}.");
        }

        var problem = MatchSetup.Problem(scenario, record.SeatList().Select(s => new SeatSpec(s.Name, s.Side, s.Controller, s.RoleId)).ToList());
        if (problem is not null)
        {
            return new ReplayResult(null, 0, $"The record's seats do not fit the scenario: {problem}{changed}");
        }

        var match = MatchSetup.Restart(scenario, record.SeatList(), record.Seed);
        var count = Math.Min(upTo ?? record.Moves.Length, record.Moves.Length);
        for (var i = 0; i < count; i++)
        {
            var result = Rules.Apply(match, record.MoveAt(i));
            if (!result.Accepted)
            {
                return new ReplayResult(match, i + 1, $"Move {i + 1} ({record.MoveAt(i)}) is refused: {result.Rejection!.Reason}{changed}");
            }

            match = result.Match;
            var hash = StateHash.Of(match);
            if (hash != record.Moves[i].Hash)
            {
                return new ReplayResult(match, i + 1, $"Move {i + 1} reaches state {hash}, but the record says {record.Moves[i].Hash}.{changed}");
            }
        }

        return new ReplayResult(match, null, null);
    }
}
