namespace Debate.Console.Verbs;

/// <summary>
/// Puts <see cref="VisibleWriter"/> guards on standard output and error for the verbs, and takes
/// them off again for the shell, which draws the screen with escape sequences of its own and
/// sanitises the text it shows itself.
/// </summary>
internal static class StandardStreams
{
    private static (TextWriter Out, TextWriter Error)? raw;

    /// <summary>Standard error as the process has it (for Spectre's progress bar, which draws with escapes).</summary>
    public static TextWriter RawError => raw?.Error ?? System.Console.Error;

    /// <summary>Guards <paramref name="output"/> and <paramref name="error"/> and makes them the console's streams.</summary>
    public static void Guard(TextWriter output, TextWriter error)
    {
        raw ??= (System.Console.Out, System.Console.Error);
        System.Console.SetOut(new VisibleWriter(output, "standard output"));
        System.Console.SetError(new VisibleWriter(error, "standard error"));
    }

    /// <summary>Gives the shell the streams as they were before <see cref="Guard"/>.</summary>
    public static void ReleaseForShell()
    {
        // Console.SetOut wraps what it is given in a synchronised writer, so the guard cannot be
        // recognised on Console.Out itself: put back the streams kept when it was set.
        if (raw is { } r)
        {
            System.Console.SetOut(r.Out);
            System.Console.SetError(r.Error);
        }
    }

    /// <summary>Puts back the streams that were there before <see cref="Guard"/> (for tests that run the entry point in-process).</summary>
    public static void Restore()
    {
        if (raw is { } r)
        {
            System.Console.SetOut(r.Out);
            System.Console.SetError(r.Error);
            raw = null;
        }
    }
}
