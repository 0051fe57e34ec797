using Terminal.Gui.Input;

namespace Debate.Console.Shell.Keys;

/// <summary>
/// A key bound to what it does on a screen. The same list drives the key dispatch and the key bar,
/// so the bar never names a key that does something else. <see cref="Rank"/> orders the bar when it
/// must drop entries to fit (lower first); hidden commands work but are listed only in help.
/// </summary>
internal sealed record ShellCommand(string KeyText, string Label, Func<Key, bool> Matches, Action Run, int Rank = 5, bool Hidden = false)
{
    /// <summary>A command on a typed character (either case for a letter).</summary>
    public static ShellCommand OnChar(char c, string label, Action run, int rank = 5, bool hidden = false) =>
        new(c.ToString(), label, k => KeyRead.Char(k) == char.ToUpperInvariant(c), run, rank, hidden);

    /// <summary>A command on one or more named keys.</summary>
    public static ShellCommand OnKey(string keyText, string label, Action run, int rank, params Key[] keys) =>
        new(keyText, label, k => keys.Any(n => KeyRead.Is(k, n)), run, rank);
}
