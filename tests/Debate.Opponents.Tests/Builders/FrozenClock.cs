using Debate.Opponents.Search;

namespace Debate.Opponents.Tests.Builders;

/// <summary>A clock that moves only when a test winds it, or by <see cref="Step"/> at each reading.</summary>
public sealed class FrozenClock(TimeSpan step = default) : IClock
{
    public TimeSpan Step { get; } = step;

    public int Readings { get; private set; }

    private TimeSpan now;

    public TimeSpan Now
    {
        get
        {
            Readings++;
            var value = now;
            now += Step;
            return value;
        }
    }

    public void Wind(TimeSpan by) => now += by;
}
