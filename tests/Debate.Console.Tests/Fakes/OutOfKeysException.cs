namespace Debate.Console.Tests.Fakes;

/// <summary>Thrown when a test's queued keys run out: the test stops the shell there, as a closed terminal would.</summary>
public sealed class OutOfKeysException : Exception
{
    public OutOfKeysException()
        : base("The test ran out of queued keys.")
    {
    }

    public OutOfKeysException(string message)
        : base(message)
    {
    }

    public OutOfKeysException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
