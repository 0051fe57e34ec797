using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Server.Hosting;
using Debate.Server.Hubs;
using Debate.Server.Store;

namespace Debate.Server.Rooms;

/// <summary>
/// Chairs every debate on the server: people take seats with a join code, act only with their
/// seat's key, and every move goes through the rules' one door (<see cref="Rules.Apply"/>), is
/// written to the store, and only then acknowledged and announced. Opponents take their turns
/// through the same path (<see cref="Bench"/>).
/// </summary>
internal sealed class Chair(RoomHall hall, RoomStore store, Announcer announcer, TimeProvider clock)
{
    /// <summary>Set once the bench exists (the bench needs the chair to play its moves).</summary>
    public Bench? Bench { get; set; }

    /// <summary>The free seats behind a join code, for the join page's second step.</summary>
    public Room Look(string? typedCode)
    {
        var code = Secrets.ReadCode(typedCode) ?? throw new RoomRefusal("A join code has nine letters and digits, such as K7Q-MXR-4P9.");
        return hall.ByCode(code) ?? throw new RoomRefusal("No open room has that code. Check it with your instructor.");
    }

    /// <summary>Gives <paramref name="seat"/> of the room behind the code to <paramref name="typedName"/>; returns the seat's key, shown once.</summary>
    public async Task<string> Join(string? typedCode, string? typedName, int seat)
    {
        var room = Look(typedCode);
        var (name, problem) = PersonName.Read(typedName);
        if (name is null)
        {
            throw new RoomRefusal(problem!);
        }

        await room.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var match = room.Match;
            if (!room.IsOpen)
            {
                throw new RoomRefusal("No open room has that code. Check it with your instructor.");
            }

            if (seat < 0 || seat >= match.Seats.Length || !match.Seats[seat].IsHuman || room.IsTaken(seat))
            {
                throw new RoomRefusal("That seat is not free; choose another.");
            }

            if (match.Seats.Where(s => s.Index != seat && room.IsTaken(s.Index)).Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new RoomRefusal($"Someone in this room already goes by {name}; add an initial.");
            }

            var key = Secrets.NewKey();
            var renamed = Renamed(room, seat, name, match.Seats[seat].Controller);
            await store.SaveSeat(room.Id, renamed.Record, seat, Secrets.Hash(key)).ConfigureAwait(false);
            (room.Match, room.Record) = (renamed.Match, renamed.Record);
            room.KeyHashes[seat] = Secrets.Hash(key);
            room.Note([$"{name} takes seat {seat + 1} ({match.Seats[seat].Side})."]);
            await StartWhenSeated(room).ConfigureAwait(false);
            await announcer.Everything(room).ConfigureAwait(false);
            Bench?.Prompt(room);
            return key;
        }
        finally
        {
            room.Gate.Release();
        }
    }

    /// <summary>Checks a seat's key; the caller then receives that seat's screens (and only that seat's).</summary>
    public async Task Sit(string? roomId, int seat, string? key, Func<Room, Task> seated)
    {
        var room = hall.Get(roomId);
        CheckKey(room, seat, key);
        await room.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            room.Connected(seat);
            try
            {
                await seated(room).ConfigureAwait(false);
            }
            catch
            {
                room.Disconnected(seat);
                throw;
            }

            await announcer.Presence(room).ConfigureAwait(false);
        }
        finally
        {
            room.Gate.Release();
        }
    }

    /// <summary>A move from a person: checked against the seat's key, the room's state and the rules, stored, then announced.</summary>
    public async Task<MoveAnswer> Play(MoveRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var received = MoveTimings.Now();
        var room = hall.Get(request.Room);
        CheckKey(room, request.Seat, request.Key);
        var move = ReadMove(request);
        await room.Gate.WaitAsync().ConfigureAwait(false);
        MoveTimings.GateWaited(received);
        try
        {
            var why = WhyNotNow(room, request.Seat) ?? (request.MoveCount != room.Match.MoveCount
                ? "The floor has changed since your screen was drawn; look again and choose."
                : null);
            return why is not null ? MoveAnswer.No(why) : await Commit(room, move, reason: null, received).ConfigureAwait(false);
        }
        finally
        {
            room.Gate.Release();
        }
    }

    /// <summary>
    /// Applies a move through the rules and, when they accept it, writes it to the store before the
    /// room changes or anyone hears of it. Call inside the room's gate. <paramref name="received"/>
    /// is when a person's move arrived (for <see cref="MoveTimings"/>; 0 for an opponent's).
    /// </summary>
    public async Task<MoveAnswer> Commit(Room room, Move move, string? reason, long received = 0)
    {
        ArgumentNullException.ThrowIfNull(room);
        var applying = MoveTimings.Now();
        var before = room.Match;
        var result = Rules.Apply(before, move);
        if (!result.Accepted)
        {
            return MoveAnswer.No(result.Rejection!.Reason);
        }

        var record = room.Record.With(move, result.Match, reason);
        MoveTimings.RulesApplied(applying);
        var committing = MoveTimings.Now();
        try
        {
            await store.AppendMove(room.Id, result.Match.MoveCount, record.Moves[^1]).ConfigureAwait(false);
            MoveTimings.Committed(committing);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or ObjectDisposedException)
        {
            return MoveAnswer.No($"The move could not be saved, so it was not made ({ex.Message}). Try again.");
        }

        (room.Match, room.Record) = (result.Match, record);
        if (result.Match.SpeechIndex != before.SpeechIndex)
        {
            room.SpeechBegan = clock.GetUtcNow();
        }

        var said = reason is null ? [] : new[] { $"  {before.Seats[move.Seat].Name}: \"{reason}\"" };
        room.Note(result.Happenings.Select(h => h.Text).Take(1).Concat(said).Concat(result.Happenings.Skip(1).Select(h => h.Text)));
        await announcer.Everything(room, received).ConfigureAwait(false);
        Bench?.Prompt(room);
        return MoveAnswer.Yes;
    }

    /// <summary>Why the seat may not move now for reasons outside the rules (room state, who controls it), or null.</summary>
    public static string? WhyNotNow(Room room, int seat)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (room.Damage is not null)
        {
            return "This room could not be restored; the instructor has the details.";
        }

        if (room.Flags.Ended)
        {
            return "The instructor has ended this room.";
        }

        if (room.Match.IsOver)
        {
            return null;
        }

        if (!room.Flags.Started)
        {
            return "The debate has not begun: it starts when every seat is taken, or when the instructor starts it.";
        }

        if (room.Flags.Paused)
        {
            return "The instructor has paused the debate.";
        }

        return room.Match.Seats[seat].IsHuman ? null : $"A scripted opponent ({room.Match.Seats[seat].Controller}) plays this seat now.";
    }

    /// <summary>
    /// The room with a seat renamed and its controller set, in the match and in the record, whose
    /// hashed header is written again (a seat taken or handed to an opponent is the server's own
    /// deliberate change; an unsealed header would make the record fail its check on restart).
    /// </summary>
    public static (Match Match, MatchRecord Record) Renamed(Room room, int seat, string name, string controller)
    {
        ArgumentNullException.ThrowIfNull(room);
        var old = room.Match.Seats[seat];
        var match = room.Match with { Seats = room.Match.Seats.SetItem(seat, old with { Name = name, Controller = controller }) };
        var record = (room.Record with { Seats = room.Record.Seats.SetItem(seat, room.Record.Seats[seat] with { Name = name, Controller = controller }) }).Sealed();
        return (match, record);
    }

    /// <summary>Starts the debate once every seat a person plays has been taken.</summary>
    public async Task StartWhenSeated(Room room)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (room.Flags.Started || room.Match.Seats.Any(s => s.IsHuman && !room.IsTaken(s.Index)))
        {
            return;
        }

        var flags = room.Flags with { Started = true };
        await store.SaveFlags(room.Id, flags).ConfigureAwait(false);
        room.Flags = flags;
        room.SpeechBegan = clock.GetUtcNow();
        room.Note(["Every seat is taken: the debate begins."]);
    }

    private static void CheckKey(Room room, int seat, string? key)
    {
        if (seat < 0 || seat >= room.KeyHashes.Length || !Secrets.Matches(key, room.KeyHashes[seat]))
        {
            throw new RoomRefusal("This browser does not hold the key to that seat. Join again with the room's code.");
        }
    }

    private static Move ReadMove(MoveRequest request)
    {
        var kind = request.Kind?.ToUpperInvariant() switch
        {
            "CLAIM" => MoveKind.PlayClaim,
            "EVIDENCE" => MoveKind.PlayEvidence,
            "REBUTTAL" => MoveKind.PlayRebuttal,
            "END" => MoveKind.EndSpeech,
            _ => throw new RoomRefusal("A move is claim, evidence, rebuttal or end."),
        };
        if (request.Card is { Length: > 40 } || request.Target is < 0 or > 10_000)
        {
            throw new RoomRefusal("That move names no card or argument in this debate.");
        }

        var card = kind == MoveKind.EndSpeech || request.Card is null ? (CardId?)null : new CardId(request.Card);
        return new Move(request.Seat, kind, card, kind is MoveKind.PlayEvidence or MoveKind.PlayRebuttal ? request.Target ?? 0 : null);
    }
}
