namespace Debate.Server.Store;

/// <summary>Where a room is in its life: started (seats filled or the instructor began it), paused, ended by the instructor.</summary>
internal readonly record struct RoomFlags(bool Started, bool Paused, bool Ended);
