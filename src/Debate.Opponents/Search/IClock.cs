namespace Debate.Opponents.Search;

/// <summary>
/// A monotonic clock, injected so that the search's logic never reads the wall clock: the program
/// passes a <see cref="StopwatchClock"/>, tests pass one they can wind by hand.
/// </summary>
public interface IClock
{
    /// <summary>Time since an arbitrary, fixed origin; never goes backwards.</summary>
    TimeSpan Now { get; }
}
