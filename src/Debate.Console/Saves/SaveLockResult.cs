namespace Debate.Console.Saves;

/// <summary>The outcome of <see cref="SaveLock.TryTake"/>: the lock, or who holds it (to offer watching or leaving).</summary>
internal sealed record SaveLockResult(SaveLock? Lock, SaveLockHolder? HeldBy)
{
    public bool Taken => Lock is not null;
}
