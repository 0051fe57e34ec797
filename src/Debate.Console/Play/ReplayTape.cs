using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>
/// A recorded match unrolled for stepping through: the state at the deal and after every move,
/// with each move as the log tells it. Stops at the first move that the record cannot reproduce.
/// </summary>
internal sealed record ReplayTape(string Title, IReadOnlyList<Match> States, IReadOnlyList<PlayedMove> Moves, string? Problem)
{
    public Match Last => States[^1];

    /// <summary>Replays <paramref name="record"/> from its seed, checking the state hash after every move.</summary>
    public static ReplayTape? Build(Scenario scenario, MatchRecord record, string title, out string? error)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(record);
        var changed = scenario.ContentHash != record.ScenarioHash
            ? $" The scenario '{scenario.Id}' has changed since the match was played."
            : string.Empty;
        var seats = record.SeatList();
        var problem = MatchSetup.Problem(scenario, [.. seats.Select(s => new SeatSpec(s.Name, s.Side, s.Controller, s.RoleId))]);
        if (problem is not null)
        {
            error = $"The record's seats do not fit the scenario: {problem}{changed}";
            return null;
        }

        var match = MatchSetup.Restart(scenario, seats, record.Seed);
        var states = new List<Match> { match };
        var moves = new List<PlayedMove>();
        string? stop = null;
        for (var i = 0; i < record.Moves.Length; i++)
        {
            var move = record.MoveAt(i);
            var result = Rules.Apply(match, move);
            if (!result.Accepted)
            {
                stop = $"Move {i + 1} ({move}) is refused: {result.Rejection!.Reason}{changed}";
                break;
            }

            var hash = StateHash.Of(result.Match);
            if (hash != record.Moves[i].Hash)
            {
                stop = $"Move {i + 1} reaches state {hash}, but the record says {record.Moves[i].Hash}.{changed}";
                break;
            }

            moves.Add(PlayedMove.Of(match, move, result, record.Moves[i].Reason));
            match = result.Match;
            states.Add(match);
        }

        error = null;
        return new ReplayTape(title, states, moves, stop);
    }

    /// <summary>Positions (indexes into <see cref="States"/>) where each speech begins.</summary>
    public IReadOnlyList<int> SpeechStarts()
    {
        var starts = new List<int> { 0 };
        for (var k = 1; k < States.Count; k++)
        {
            if (States[k].SpeechIndex != States[k - 1].SpeechIndex)
            {
                starts.Add(k);
            }
        }

        return starts;
    }
}
