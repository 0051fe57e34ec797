using System.Collections.Immutable;
using System.Security.Cryptography;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Opponents;
using Debate.Server.Hosting;
using Debate.Server.Hubs;
using Debate.Server.Store;

namespace Debate.Server.Rooms;

/// <summary>
/// What the instructor does to rooms: open one from a plan, start, pause and resume it, put a
/// scripted opponent into an empty or deserted seat (or give it back to a person, or free it), and
/// end it, which also expires its join code.
/// </summary>
internal sealed class Moderation(RoomHall hall, RoomStore store, ScenarioShelf shelf, Chair chair, Bench bench, Announcer announcer, TimeProvider clock)
{
    /// <summary>Most seats a room may have (the rules allow three a side).</summary>
    public const int MaxSeats = 2 * MatchSetup.MaxSeatsPerSide;

    /// <summary>Deals a new room from <paramref name="plan"/>, stores it and lists it.</summary>
    public async Task<Room> Open(RoomPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (scenario, problem) = shelf.Find(plan.Scenario);
        if (scenario is null)
        {
            throw new RoomRefusal(problem!);
        }

        if (plan.Seats is null || plan.Seats.Count is < 2 or > MaxSeats)
        {
            throw new RoomRefusal($"A room has 2 to {MaxSeats} seats.");
        }

        var specs = plan.Seats.Select((s, i) => Spec(scenario, s, i)).ToList();
        if (MatchSetup.Problem(scenario, specs) is { } wrong)
        {
            throw new RoomRefusal(wrong);
        }

        var seed = plan.Seed ?? BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) % 1_000_000_000UL;
        var match = MatchSetup.Start(scenario, specs, seed);
        var id = Secrets.NewRoomId();
        var code = Secrets.NewCode();
        while (hall.ByCode(code) is not null)
        {
            code = Secrets.NewCode();
        }

        var humans = match.Seats.Any(s => s.IsHuman);
        var stored = new StoredRoom(id, code, plan.Scenario, MatchRecord.Begin(match), [.. match.Seats.Select(_ => (string?)null)],
            new RoomFlags(Started: !humans, Paused: false, Ended: false), clock.GetUtcNow());
        await store.AddRoom(stored).ConfigureAwait(false);
        var room = new Room(id, code, plan.Scenario, match, stored.Record, [.. stored.KeyHashes], stored.Flags, stored.Created);
        room.Note([$"Room opened: {scenario.Title}, seed {seed}."]);
        hall.Add(room);
        await Change(room, () => Task.CompletedTask).ConfigureAwait(false);
        return room;
    }

    /// <summary>Starts a room before every seat is taken (an empty seat waits for its person, or an opponent).</summary>
    public Task Begin(string id) => Change(hall.Get(id), async room =>
    {
        if (!room.Flags.Started)
        {
            await Flags(room, room.Flags with { Started = true }).ConfigureAwait(false);
            room.SpeechBegan = clock.GetUtcNow();
            room.Note(["The instructor starts the debate."]);
        }
    });

    public Task Pause(string id, bool paused) => Change(hall.Get(id), async room =>
    {
        if (room.Flags.Paused != paused)
        {
            await Flags(room, room.Flags with { Paused = paused }).ConfigureAwait(false);
            room.Note([paused ? "The instructor pauses the debate." : "The debate resumes."]);
        }
    });

    /// <summary>Puts a scripted opponent into a seat nobody has taken or whose person has gone.</summary>
    public Task SeatOpponent(string id, int seat, string controller) => Change(hall.Get(id), async room =>
    {
        CheckSeat(room, seat);
        if (!OpponentFactory.Knows(controller ?? string.Empty, room.Scenario) || string.Equals(controller, "human", StringComparison.OrdinalIgnoreCase))
        {
            throw new RoomRefusal($"Opponents in this scenario: {string.Join(", ", OpponentFactory.Names(room.Scenario))}.");
        }

        if (room.ConnectionsAt(seat) > 0 && room.Match.Seats[seat].IsHuman)
        {
            throw new RoomRefusal("Someone is connected to that seat; an opponent takes only an empty or deserted seat.");
        }

        var name = room.IsTaken(seat) ? room.Match.Seats[seat].Name : Capitalised(controller!);
        await Reseat(room, seat, name, controller!.ToLowerInvariant(), room.KeyHashes[seat]).ConfigureAwait(false);
        room.Note([$"{name}'s seat is now played by a scripted opponent ({controller})."]);
        await chair.StartWhenSeated(room).ConfigureAwait(false);
    });

    /// <summary>Gives an opponent's seat back to its person (who rejoins with their key) or to whoever joins next.</summary>
    public Task SeatPerson(string id, int seat) => Change(hall.Get(id), async room =>
    {
        CheckSeat(room, seat);
        var name = room.IsTaken(seat) ? room.Match.Seats[seat].Name : Placeholder(room.Match.Seats[seat]);
        await Reseat(room, seat, name, "human", room.KeyHashes[seat]).ConfigureAwait(false);
        room.Note([$"Seat {seat + 1} is played by a person again."]);
    });

    /// <summary>Frees a seat: its key stops working and the next person to join may take it.</summary>
    public Task FreeSeat(string id, int seat) => Change(hall.Get(id), async room =>
    {
        CheckSeat(room, seat);
        await Reseat(room, seat, Placeholder(room.Match.Seats[seat]), "human", null).ConfigureAwait(false);
        room.Note([$"Seat {seat + 1} is free for someone to join."]);
    });

    /// <summary>Ends a room: no more moves, and its join code no longer opens anything.</summary>
    public Task End(string id) => Change(hall.Get(id), async room =>
    {
        if (!room.Flags.Ended)
        {
            await Flags(room, room.Flags with { Ended = true }).ConfigureAwait(false);
            room.Note(["The instructor ends the room."]);
        }
    });

    /// <summary>The name a seat carries until someone takes it.</summary>
    public static string Placeholder(Seat seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return $"Seat {seat.Index + 1}";
    }

    private static SeatSpec Spec(Scenario scenario, SeatPlan plan, int index)
    {
        var side = plan.Side?.ToUpperInvariant() switch
        {
            "ALLIANCE" => Side.Alliance,
            "PARTNERSHIP" => Side.Partnership,
            _ => throw new RoomRefusal($"Seat {index + 1}: a side is alliance or partnership."),
        };
        var controller = string.IsNullOrWhiteSpace(plan.Controller) ? "human" : plan.Controller.Trim().ToLowerInvariant();
        if (controller != "human" && !OpponentFactory.Knows(controller, scenario))
        {
            throw new RoomRefusal($"Seat {index + 1}: '{controller}' is neither human nor an opponent of this scenario ({string.Join(", ", OpponentFactory.Names(scenario))}).");
        }

        var name = controller == "human" ? $"Seat {index + 1}" : Capitalised(controller);
        if (controller != "human" && !string.IsNullOrWhiteSpace(plan.Name))
        {
            name = PersonName.Read(plan.Name).Name ?? throw new RoomRefusal($"Seat {index + 1}: {PersonName.Read(plan.Name).Problem}");
        }

        var role = plan.Role?.Trim();
        return role switch
        {
            null or "" or "deal" => new SeatSpec(name, side, controller),
            "none" => new SeatSpec(name, side, controller, DealRole: false),
            _ => new SeatSpec(name, side, controller, role),
        };
    }

    private static string Capitalised(string controller) =>
        controller.Length == 0 ? controller : char.ToUpperInvariant(controller[0]) + controller[1..].ToLowerInvariant();

    private static void CheckSeat(Room room, int seat)
    {
        if (seat < 0 || seat >= room.Match.Seats.Length)
        {
            throw new RoomRefusal("That room has no such seat.");
        }

        if (!room.IsOpen)
        {
            throw new RoomRefusal("That room is over or ended.");
        }
    }

    private async Task Reseat(Room room, int seat, string name, string controller, string? keyHash)
    {
        var (match, record) = Chair.Renamed(room, seat, name, controller);
        await store.SaveSeat(room.Id, record, seat, keyHash).ConfigureAwait(false);
        (room.Match, room.Record) = (match, record);
        room.KeyHashes[seat] = keyHash;
    }

    private async Task Flags(Room room, RoomFlags flags)
    {
        await store.SaveFlags(room.Id, flags).ConfigureAwait(false);
        room.Flags = flags;
    }

    private async Task Change(Room room, Func<Room, Task> change)
    {
        await room.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await change(room).ConfigureAwait(false);
            await announcer.Everything(room).ConfigureAwait(false);
            bench.Prompt(room);
        }
        finally
        {
            room.Gate.Release();
        }
    }

    private Task Change(Room room, Func<Task> change) => Change(room, _ => change());
}
