using System.Collections.Concurrent;
using Debate.Server.Store;

namespace Debate.Server.Rooms;

/// <summary>Every room of this server, by id and by join code.</summary>
internal sealed class RoomHall
{
    private readonly ConcurrentDictionary<string, Room> byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Room> byCode = new(StringComparer.Ordinal);

    /// <summary>The address students type to join, shown on the projector (set once the server listens).</summary>
    public string? JoinAt { get; set; }

    private readonly ConcurrentDictionary<string, UnrestoredRoom> unrestored = new(StringComparer.Ordinal);

    public IEnumerable<Room> All => byId.Values.OrderBy(r => r.Created);

    /// <summary>Stored rooms that could not be brought back after the start: listed as damaged, never played.</summary>
    public IEnumerable<UnrestoredRoom> Unrestored => unrestored.Values.OrderBy(r => r.Created);

    public void AddUnrestored(UnrestoredRoom room)
    {
        ArgumentNullException.ThrowIfNull(room);
        unrestored[room.Id] = room;
    }

    /// <summary>The unrestored room with this id, or null.</summary>
    public UnrestoredRoom? FindUnrestored(string? id) => id is not null && unrestored.TryGetValue(id, out var room) ? room : null;

    public int Count => byId.Count;

    public void Add(Room room)
    {
        ArgumentNullException.ThrowIfNull(room);
        byId[room.Id] = room;
        byCode[room.Code] = room;
    }

    /// <summary>The room with this id, or a refusal that says nothing about which rooms exist.</summary>
    public Room Get(string? id) =>
        id is not null && id.Length <= 40 && byId.TryGetValue(id, out var room) ? room : throw new RoomRefusal("There is no such room on this server.");

    /// <summary>The room a join code opens, while it is open; null otherwise (codes expire with their room).</summary>
    public Room? ByCode(string code) => byCode.TryGetValue(code, out var room) && room.IsOpen ? room : null;
}
