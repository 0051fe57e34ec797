using System.Collections.Immutable;
using Debate.Core.Content;
using System.Text.Json.Serialization;
using Debate.Core.Play;

namespace Debate.Core.Records;

/// <summary>
/// A match as a record: the scenario's identity (id and content hash), the seats and roles, the
/// seed and the action log with a state hash after each move. Replaying the log from the seed
/// reproduces the match. From format version 2 a hashed <see cref="RecordHeader"/> covers the
/// seats, names, sides, roles and controllers, which the state hashes do not.
/// </summary>
public sealed record MatchRecord(
    int FormatVersion,
    string Scenario,
    string ScenarioHash,
    ulong Seed,
    ImmutableArray<SeatRecord> Seats,
    ImmutableArray<MoveRecord> Moves,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RecordHeader? Header = null)
{
    /// <summary>The save format this build writes.</summary>
    public const int CurrentVersion = 2;

    /// <summary>The oldest save format this build reads (version 1: no header).</summary>
    public const int OldestVersion = 1;

    /// <summary>An empty record of a freshly dealt match.</summary>
    public static MatchRecord Begin(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var seats = match.Seats.Select(s => new SeatRecord(s.Name, s.Side, s.Controller, s.RoleId)).ToImmutableArray();
        return new MatchRecord(CurrentVersion, match.Scenario.Id, match.Scenario.ContentHash, match.Seed, seats, []).Sealed();
    }

    /// <summary>
    /// The record with its header written for the seats it now has, in the current format: for a
    /// deliberate change of names (code names for an anonymous debrief), never to hide an edit.
    /// </summary>
    public MatchRecord Sealed()
    {
        var current = this with { FormatVersion = CurrentVersion };
        return current with { Header = RecordHeader.Of(current) };
    }

    /// <summary>The record with one more move, applied to give <paramref name="after"/>, and the reason an opponent gave for it.</summary>
    public MatchRecord With(Move move, Match after, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(move);
        ArgumentNullException.ThrowIfNull(after);
        return this with { Moves = Moves.Add(new MoveRecord(move.Seat, move.Kind, move.Card?.Value, move.Target, StateHash.Of(after), reason)) };
    }

    /// <summary>The seats as the match uses them.</summary>
    public IReadOnlyList<Seat> SeatList() =>
        Seats.Select((s, i) => new Seat(i, s.Name, s.Side, s.Controller, s.Role)).ToList();

    /// <summary>The move at <paramref name="index"/> as the rules take it.</summary>
    public Move MoveAt(int index)
    {
        var m = Moves[index];
        return new Move(m.Seat, m.Kind, m.Card is null ? null : new CardId(m.Card), m.Target);
    }
}
