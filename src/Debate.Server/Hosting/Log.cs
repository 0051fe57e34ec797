using Microsoft.Extensions.Logging;

namespace Debate.Server.Hosting;

/// <summary>The server's log lines, one method each (compiled by the logging source generator).</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Restored {Count} room(s) from the data folder.")]
    public static partial void Restored(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {Room} cannot be restored: {Problem}")]
    public static partial void NotRestored(ILogger logger, string room, string? problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Opponent {Controller} in room {Room} chose a move the rules refuse: {Reason}")]
    public static partial void OpponentRefused(ILogger logger, string controller, string room, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "An opponent's turn in room {Room} failed")]
    public static partial void OpponentFailed(ILogger logger, Exception exception, string room);
}
