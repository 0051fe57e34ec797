namespace Debate.Server.Rooms;

/// <summary>
/// Numbers for the states of rooms (<see cref="Room.Edition"/>). They start from the clock in
/// microseconds, so after a restart they are larger than any a page still holds from before it and a
/// page never pairs an old screen with a new one of the same number; they stay below 2^53, so a
/// page's JavaScript reads them exactly (until about the year 2255).
/// </summary>
internal static class Editions
{
    private static long last = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    public static long Next() => Interlocked.Increment(ref last);
}
