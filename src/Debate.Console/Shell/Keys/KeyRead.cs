using Terminal.Gui.Input;

namespace Debate.Console.Shell.Keys;

/// <summary>Reads a key the way the shell binds them: a typed character (letters in either case), or a named key.</summary>
internal static class KeyRead
{
    /// <summary>The character typed, upper-cased for letters; null for a named key or a key with Ctrl or Alt.</summary>
    public static char? Char(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.IsCtrl || key.IsAlt || !key.TryGetPrintableRune(out var rune) || !rune.IsBmp)
        {
            return null;
        }

        return char.ToUpperInvariant((char)rune.Value);
    }

    /// <summary>Whether the key is the named key <paramref name="named"/>, ignoring Shift.</summary>
    public static bool Is(Key key, Key named)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(named);
        return key.NoShift.KeyCode == named.KeyCode;
    }

    /// <summary>The digit typed, or null.</summary>
    public static int? Digit(Key key) => Char(key) is char c and >= '0' and <= '9' ? c - '0' : null;

    /// <summary>F1 or ?: help.</summary>
    public static bool IsHelp(Key key) => Is(key, Key.F1) || Char(key) == '?';

    /// <summary>Ctrl+C: leave at once, the match saved.</summary>
    public static bool IsInterrupt(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.IsCtrl && !key.IsAlt && (key.NoCtrl.NoShift.KeyCode == Key.C.KeyCode);
    }
}
