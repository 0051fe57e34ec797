using Spectre.Console;
using Spectre.Console.Rendering;

namespace Debate.Console.Tests.Fakes;

/// <summary>
/// A console for tests (Spectre.Console.Testing is not available here): Spectre's own console
/// writing plain text to a <see cref="StringWriter"/> at a fixed size, with queued keys. Each
/// full-screen frame starts with a clear, which is recorded, so a test can read the last frame.
/// </summary>
public sealed class FakeConsole : IAnsiConsole, IDisposable
{
    private readonly StringWriter writer = new();
    private readonly IAnsiConsole inner;
    private readonly List<int> frameStarts = [0];

    public FakeConsole(int width = 100, int height = 30)
    {
        inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(writer),
        });
        inner.Profile.Width = width;
        inner.Profile.Height = height;
        inner.Profile.Capabilities.Unicode = true;
    }

    public FakeInput Keys { get; } = new();

    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => Keys;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    /// <summary>Everything written so far.</summary>
    public string Output => writer.ToString();

    /// <summary>Each full-screen frame painted, in order.</summary>
    public IReadOnlyList<string> Frames
    {
        get
        {
            var text = Output;
            var starts = frameStarts.Append(text.Length).ToList();
            return [.. starts.Zip(starts.Skip(1), (a, b) => text[a..b]).Where(f => f.Length > 0)];
        }
    }

    public string LastFrame => Frames.Count == 0 ? string.Empty : Frames[^1];

    /// <summary>Changes the size when the shell next waits for a key, as a dragged window edge would.</summary>
    public FakeConsole ResizeThen(int width, int height)
    {
        Keys.Then(() =>
        {
            inner.Profile.Width = width;
            inner.Profile.Height = height;
        });
        return this;
    }

    public void Clear(bool home)
    {
        writer.Flush();
        frameStarts.Add(writer.GetStringBuilder().Length);
    }

    public void Write(IRenderable renderable) => inner.Write(renderable);

    public void Dispose() => writer.Dispose();
}
