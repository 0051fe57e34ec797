using Spectre.Console;

namespace Debate.Console.Tests.Fakes;

/// <summary>Keys queued by a test, read by the shell as if typed.</summary>
public sealed class FakeInput : IAnsiConsoleInput
{
    private readonly Queue<object> keys = new();

    public int Left => keys.Count;

    /// <summary>Queues something to happen (a resize) when the shell next waits for a key.</summary>
    public FakeInput Then(Action happening)
    {
        keys.Enqueue(happening);
        return this;
    }

    /// <summary>Queues keys by name: Enter, Esc, Up, Down, Left, Right, PgUp, PgDn, Home, End, Backspace, Space, F1; any other text is typed character by character.</summary>
    public FakeInput Press(params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var key in KeyNames.Parse(name))
            {
                keys.Enqueue(key);
            }
        }

        return this;
    }

    /// <summary>True while keys are queued (and when none are, so that the read fails loudly); a queued happening runs first and reports no key yet.</summary>
    public bool IsKeyAvailable()
    {
        if (keys.Count > 0 && keys.Peek() is Action happening)
        {
            keys.Dequeue();
            happening();
            return false;
        }

        return true;
    }

    public ConsoleKeyInfo? ReadKey(bool intercept)
    {
        while (keys.Count > 0 && keys.Peek() is Action happening)
        {
            keys.Dequeue();
            happening();
        }

        return keys.Count > 0 ? (ConsoleKeyInfo)keys.Dequeue() : throw new OutOfKeysException();
    }

    public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
}
