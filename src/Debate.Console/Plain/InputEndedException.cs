namespace Debate.Console.Plain;

/// <summary>Standard input ended (Ctrl+D, or a closed pipe): the plain session stops; every completed move is already saved.</summary>
internal sealed class InputEndedException : Exception
{
    public InputEndedException()
        : base("input ended. Every completed move is saved: run debate again and choose Resume to carry on.")
    {
    }

    public InputEndedException(string message)
        : base(message)
    {
    }

    public InputEndedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
