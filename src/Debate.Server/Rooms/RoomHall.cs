using System.Collections.Concurrent;

namespace Debate.Server.Rooms;

/// <summary>Every room of this server, by id and by join code.</summary>
internal sealed class RoomHall
{
    private readonly ConcurrentDictionary<string, Room> byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Room> byCode = new(StringComparer.Ordinal);

    /// <summary>The address students type to join, shown on the projector (set once the server listens).</summary>
    public string? JoinAt { get; set; }

    public IEnumerable<Room> All => byId.Values.OrderBy(r => r.Created);

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
