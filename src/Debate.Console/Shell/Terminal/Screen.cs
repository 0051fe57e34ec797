using Spectre.Console;
using Spectre.Console.Advanced;
using Spectre.Console.Rendering;

namespace Debate.Console.Shell.Terminal;

/// <summary>
/// The full-screen surface: paints a whole frame over the last one (clear and repaint, never
/// Spectre's Live display), reads keys, repaints when the terminal is resized and asks for a
/// bigger window when it is too small.
/// </summary>
internal sealed class Screen(IAnsiConsole console)
{
    /// <summary>The smallest terminal the board is laid out for.</summary>
    public const int MinWidth = 80;

    /// <summary>The smallest terminal height the board is laid out for.</summary>
    public const int MinHeight = 24;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(40);

    public IAnsiConsole Console { get; } = console;

    public int Width => Math.Max(20, Console.Profile.Width);

    public int Height => Math.Max(5, Console.Profile.Height);

    public bool TooSmall => Width < MinWidth || Height < MinHeight;

    public Glyphs Glyphs => Console.Profile.Capabilities.Unicode ? Glyphs.Unicode : Glyphs.Ascii;

    /// <summary>Paints <paramref name="frame"/> (built for the current size) and waits for a key, repainting on resize.</summary>
    public ConsoleKeyInfo ReadKey(Func<IRenderable> frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        while (true)
        {
            var (w, h) = (Width, Height);
            Paint(TooSmall ? EnlargeNotice() : frame());
            while (!Console.Input.IsKeyAvailable())
            {
                Thread.Sleep(Poll);
                if (w != Width || h != Height)
                {
                    break;
                }
            }

            if (w != Width || h != Height)
            {
                continue;
            }

            var key = Console.Input.ReadKey(intercept: true);
            if (key is null)
            {
                continue;
            }

            if (!TooSmall)
            {
                return key.Value;
            }
        }
    }

    /// <summary>
    /// Paints <paramref name="frame"/> and waits up to <paramref name="wait"/> for a key;
    /// the key pressed before the time was up, if any.
    /// </summary>
    public ConsoleKeyInfo? Pause(Func<IRenderable> frame, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var (w, h) = (Width, Height);
        Paint(TooSmall ? EnlargeNotice() : frame());
        var until = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < until)
        {
            if (Console.Input.IsKeyAvailable())
            {
                return Console.Input.ReadKey(intercept: true);
            }

            Thread.Sleep(Poll);
            if (w != Width || h != Height)
            {
                (w, h) = (Width, Height);
                Paint(TooSmall ? EnlargeNotice() : frame());
            }
        }

        return null;
    }

    /// <summary>Paints one frame over the whole screen.</summary>
    public void Paint(IRenderable frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (Console.Profile.Capabilities.Ansi)
        {
            var text = Console.ToAnsi(frame).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
            // Home, then each row erased just before it is written, then the rows below erased:
            // no flicker, no leftovers, and never a newline on the last row (it would scroll).
            var rows = text.Split('\n');
            var sb = new System.Text.StringBuilder("\u001b[H");
            for (var i = 0; i < Height; i++)
            {
                if (i > 0)
                {
                    sb.Append("\r\n");
                }

                sb.Append("\u001b[2K");
                if (i < rows.Length)
                {
                    sb.Append(rows[i]);
                }
            }

            Console.WriteAnsi(sb.ToString());
        }
        else
        {
            // Without ANSI (a test's console) each frame follows the last, marked by a clear.
            Console.Clear(home: true);
            Console.Write(frame);
            Console.WriteLine();
        }
    }

    private Markup EnlargeNotice() =>
        new($"[bold]Please make this window bigger.[/]\nThe board needs at least {MinWidth} x {MinHeight}; it is {Width} x {Height} now.\nIt will redraw by itself.");
}
