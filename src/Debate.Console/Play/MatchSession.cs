using Debate.Console.Saves;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Opponents;

namespace Debate.Console.Play;

/// <summary>
/// A match being played in the shell: the current state, its record (saved after every move), the
/// board's log and the opponents of the seats that have one.
/// </summary>
internal sealed class MatchSession(Match match, MatchRecord record, SaveSlot slot, IEnumerable<PlayedMove> log)
{
    private readonly Dictionary<int, IOpponent> opponents = [];
    private readonly List<PlayedMove> log = [.. log];

    public Match Match { get; private set; } = match;

    public MatchRecord Record { get; private set; } = record;

    public SaveSlot Slot { get; } = slot;

    public IReadOnlyList<PlayedMove> Log => log;

    /// <summary>Applies a legal move, records it and saves the record before anything else happens.</summary>
    public PlayedMove Apply(Move move, string? reason)
    {
        ArgumentNullException.ThrowIfNull(move);
        var result = Rules.Apply(Match, move);
        if (!result.Accepted)
        {
            throw new InvalidOperationException($"The shell offered a move the rules refuse: {result.Rejection!.Reason}");
        }

        var played = PlayedMove.Of(Match, move, result, reason);
        Record = Record.With(move, result.Match, reason);
        Slot.Write(Record);
        Match = result.Match;
        log.Add(played);
        return played;
    }

    /// <summary>The opponent playing <paramref name="seat"/>, made once per seat with its own seed.</summary>
    public IOpponent OpponentFor(Seat seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        if (!opponents.TryGetValue(seat.Index, out var opponent))
        {
            opponent = OpponentFactory.Create(seat.Controller, Match.Scenario, Match.Seed ^ ((ulong)(seat.Index + 1) * 0x9E3779B97F4A7C15UL));
            opponents[seat.Index] = opponent;
        }

        return opponent;
    }
}
