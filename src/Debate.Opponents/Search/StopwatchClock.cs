using System.Diagnostics;

namespace Debate.Opponents.Search;

/// <summary>The real clock: the high-resolution <see cref="Stopwatch"/> timestamp, monotonic and cheap to read.</summary>
public sealed class StopwatchClock : IClock
{
    private readonly long origin = Stopwatch.GetTimestamp();

    /// <summary>One shared instance; it holds no state but its origin.</summary>
    public static StopwatchClock Instance { get; } = new();

    /// <inheritdoc/>
    public TimeSpan Now => Stopwatch.GetElapsedTime(origin);
}
