using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Server.Screens;
using Debate.Server.Store;

namespace Debate.Server.Rooms;

/// <summary>
/// One debate being held on the server: the match (an immutable value, replaced move by move), its
/// record as stored, the seat keys' hashes, its flags and who is connected. Everything that changes
/// a room happens inside <see cref="Gate"/>, so moves, joins and the messages they send keep one order.
/// </summary>
internal sealed class Room(string id, string code, string source, Match match, MatchRecord record, string?[] keyHashes, RoomFlags flags, DateTimeOffset created)
{
    private readonly int[] connections = new int[match.Seats.Length];
    private int watchers;

    public string Id { get; } = id;

    /// <summary>The join code people type (stored form, no dashes).</summary>
    public string Code { get; } = code;

    /// <summary>The scenario's key on the shelf.</summary>
    public string Source { get; } = source;

    public Scenario Scenario => Match.Scenario;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public Match Match { get; set; } = match;

    public MatchRecord Record { get; set; } = record;

    public string?[] KeyHashes { get; } = keyHashes;

    public RoomFlags Flags { get; set; } = flags;

    public DateTimeOffset Created { get; } = created;

    /// <summary>When the current speech began (for the projector's clock); reset on a restart.</summary>
    public DateTimeOffset SpeechBegan { get; set; } = created;

    /// <summary>Why the room could not be restored, if it could not; such a room is listed but not played.</summary>
    public string? Damage { get; init; }

    /// <summary>The last things that happened, newest last (the board's log), already through <see cref="Shown"/>.</summary>
    public List<string> Log { get; } = [];

    /// <summary>
    /// Which state of the room the screens now being sent show: every seat screen and public screen
    /// built from the same state carries it, so a page shows its seat's screen with the public one of
    /// the same state. The move count alone cannot tell them apart: joining, the start, a pause or a
    /// seat handed to an opponent change what a seat may do without a move (a page that paired the
    /// room's "Ann has the floor" with Ann's older "not begun" hand offered her nothing to play).
    /// </summary>
    public long Edition { get; private set; } = Editions.Next();

    /// <summary>The room's state changed in a way its seats' screens show: a new <see cref="Edition"/>.</summary>
    public void Changed() => Edition = Editions.Next();

    /// <summary>The messages still being sent, in order (see <c>Announcer</c>).</summary>
    public Task Outgoing { get; set; } = Task.CompletedTask;

    /// <summary>An opponent's move is being prepared.</summary>
    public bool OpponentThinking { get; set; }

    /// <summary>Whether people may still join and play: not ended by the instructor, not at the verdict, not damaged.</summary>
    public bool IsOpen => !Flags.Ended && !Match.IsOver && Damage is null;

    /// <summary>Whether moves are taken now.</summary>
    public bool IsLive => IsOpen && Flags.Started && !Flags.Paused;

    public int Watchers => Volatile.Read(ref watchers);

    public int ConnectionsAt(int seat) => Volatile.Read(ref connections[seat]);

    public void Connected(int seat) => Interlocked.Increment(ref connections[seat]);

    public void Disconnected(int seat) => Interlocked.Decrement(ref connections[seat]);

    public void Watching() => Interlocked.Increment(ref watchers);

    public void StoppedWatching() => Interlocked.Decrement(ref watchers);

    /// <summary>Whether someone holds the key to <paramref name="seat"/>.</summary>
    public bool IsTaken(int seat) => KeyHashes[seat] is not null;

    /// <summary>Adds lines to the log, keeping the last forty; they are shown once, here, not on every screen.</summary>
    public void Note(IEnumerable<string> lines)
    {
        Log.AddRange(lines.Select(Shown.Text));
        if (Log.Count > 40)
        {
            Log.RemoveRange(0, Log.Count - 40);
        }
    }
}
