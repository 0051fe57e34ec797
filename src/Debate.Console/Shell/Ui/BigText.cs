using Spectre.Console;

namespace Debate.Console.Shell.Ui;

/// <summary>Large letters (Spectre's FIGlet font) for the few words that must be read from the back row.</summary>
internal static class BigText
{
    /// <summary>The text in large letters as plain lines, or empty when it does not fit <paramref name="width"/>.</summary>
    public static IReadOnlyList<string> Lines(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || text.Length * 8 > width - 4 || text.Any(c => c > 126))
        {
            return [];
        }

        using var writer = new StringWriter();
        var offscreen = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        offscreen.Profile.Width = width;
        offscreen.Write(new FigletText(text));
        var lines = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines.Any(l => l.Length > width - 2) ? [] : lines;
    }
}
