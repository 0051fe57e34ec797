namespace Debate.Console.Tests.Fakes;

/// <summary>Key names and typed text as the <see cref="ConsoleKeyInfo"/> values a terminal would give.</summary>
public static class KeyNames
{
    public static IEnumerable<ConsoleKeyInfo> Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ConsoleKey? named = name switch
        {
            "Enter" => ConsoleKey.Enter,
            "Esc" => ConsoleKey.Escape,
            "Up" => ConsoleKey.UpArrow,
            "Down" => ConsoleKey.DownArrow,
            "Left" => ConsoleKey.LeftArrow,
            "Right" => ConsoleKey.RightArrow,
            "PgUp" => ConsoleKey.PageUp,
            "PgDn" => ConsoleKey.PageDown,
            "Home" => ConsoleKey.Home,
            "End" => ConsoleKey.End,
            "Backspace" => ConsoleKey.Backspace,
            "Space" => ConsoleKey.Spacebar,
            "Tab" => ConsoleKey.Tab,
            "F1" => ConsoleKey.F1,
            _ => null,
        };
        if (named is ConsoleKey key)
        {
            var ch = key switch { ConsoleKey.Enter => '\r', ConsoleKey.Escape => '\u001b', ConsoleKey.Backspace => '\b', ConsoleKey.Spacebar => ' ', ConsoleKey.Tab => '\t', _ => '\0' };
            return [new ConsoleKeyInfo(ch, key, false, false, false)];
        }

        return name.Select(Typed);
    }

    public static ConsoleKeyInfo Typed(char c)
    {
        var key = c switch
        {
            >= 'a' and <= 'z' => ConsoleKey.A + (c - 'a'),
            >= 'A' and <= 'Z' => ConsoleKey.A + (c - 'A'),
            >= '0' and <= '9' => ConsoleKey.D0 + (c - '0'),
            ' ' => ConsoleKey.Spacebar,
            '?' or '/' => ConsoleKey.Oem2,
            '.' => ConsoleKey.OemPeriod,
            '-' => ConsoleKey.OemMinus,
            _ => ConsoleKey.NoName,
        };
        return new ConsoleKeyInfo(c, key, char.IsUpper(c) || c == '?', false, false);
    }
}
