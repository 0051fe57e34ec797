using Debate.Console.Shell.Board;
using Debate.Console.Shell.Help;
using Debate.Console.Shell.Play;
using Debate.Console.Shell.Replay;
using Debate.Console.Shell.Terminal;

namespace Debate.Console.Shell.Ui;

/// <summary>
/// The full-screen face of the shell: every screen is one frame painted over the last (in the
/// alternate screen buffer on a real terminal), keys drive it, <c>?</c> opens help everywhere.
/// </summary>
internal sealed class FullScreenUi(Screen screen, ShellSettings settings) : IShellUi
{
    public Screen Screen { get; } = screen;

    public ShellSettings Settings { get; } = settings;

    private Glyphs Glyphs => Screen.Glyphs;

    public int? ArtWidth => Screen.Width - 2;

    public int? Choose(Choice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var cursor = Math.Clamp(choice.Initial, 0, Math.Max(0, choice.Items.Count - 1));
        Line? message = null;
        while (true)
        {
            var key = Screen.ReadKey(() => Frames.Render(FullScreenFrames.Choice(Screen, choice, cursor, message), Screen.Width, Glyphs));
            message = null;
            if (IsHelp(key))
            {
                ShowHelp(choice.Help);
                continue;
            }

            int? pick = null;
            switch (key.Key)
            {
                case ConsoleKey.UpArrow or ConsoleKey.K:
                    cursor = (cursor + choice.Items.Count - 1) % choice.Items.Count;
                    break;
                case ConsoleKey.DownArrow or ConsoleKey.J or ConsoleKey.Tab:
                    cursor = (cursor + 1) % choice.Items.Count;
                    break;
                case ConsoleKey.Home or ConsoleKey.PageUp:
                    cursor = 0;
                    break;
                case ConsoleKey.End or ConsoleKey.PageDown:
                    cursor = choice.Items.Count - 1;
                    break;
                case ConsoleKey.Enter or ConsoleKey.Spacebar or ConsoleKey.RightArrow:
                    pick = cursor;
                    break;
                case ConsoleKey.Escape or ConsoleKey.Backspace or ConsoleKey.LeftArrow or ConsoleKey.Q:
                    return null;
                default:
                    if (Digit(key) is int d && d <= choice.Items.Count)
                    {
                        cursor = d - 1;
                        pick = cursor;
                    }

                    break;
            }

            if (pick is int p)
            {
                if (choice.Items[p].Disabled is { } why)
                {
                    message = Line.Of(why, Tone.Warn);
                    continue;
                }

                return p;
            }
        }
    }

    public string? Ask(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = string.Empty;
        Line? error = null;
        while (true)
        {
            var key = Screen.ReadKey(() => Frames.Render(FullScreenFrames.Ask(Screen, question, text, error), Screen.Width, Glyphs));
            error = null;
            switch (key.Key)
            {
                case ConsoleKey.Escape:
                    return null;
                case ConsoleKey.Enter:
                    var answer = text.Trim().Length == 0 && question.Default is not null ? question.Default : text.Trim();
                    var problem = question.Validate?.Invoke(answer);
                    if (problem is null)
                    {
                        return answer;
                    }

                    error = Line.Of(problem, Tone.Bad);
                    break;
                case ConsoleKey.Backspace:
                    text = text.Length > 0 ? text[..^1] : text;
                    break;
                case ConsoleKey.F1:
                    ShowHelp(question.Help);
                    break;
                default:
                    if (key.KeyChar == '?' && text.Length == 0)
                    {
                        ShowHelp(question.Help);
                    }
                    else if (!char.IsControl(key.KeyChar) && key.KeyChar != '\0' && text.Length < 200)
                    {
                        text += key.KeyChar;
                    }

                    break;
            }
        }
    }

    public bool Confirm(string title, string question, HelpTopic help)
    {
        while (true)
        {
            var body = new List<Line> { Line.Of(question, Tone.Strong), Line.Blank, Line.Blank.Add(" Y ", Tone.Key).Add(" yes     ").Add(" N ", Tone.Key).Add(" no") };
            var key = Screen.ReadKey(() => Frames.Render(Frames.Page(title, body, Frames.Keys(("Y", "yes"), ("N", "no"), ("?", "help")), 0, Screen.Width, Screen.Height, Glyphs).Lines, Screen.Width, Glyphs));
            if (IsHelp(key))
            {
                ShowHelp(help);
                continue;
            }

            switch (key.Key)
            {
                case ConsoleKey.Y or ConsoleKey.Enter:
                    return true;
                case ConsoleKey.N or ConsoleKey.Escape or ConsoleKey.Backspace:
                    return false;
            }
        }
    }

    public void Show(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var scroll = 0;
        var max = 0;
        var keys = Frames.Keys(("Up/Down", "scroll"), ("Enter", "back"), ("?", "help"));
        while (true)
        {
            var key = Screen.ReadKey(() =>
            {
                var (lines, m) = Frames.Page(page.Title, page.Lines, keys, scroll, Screen.Width, Screen.Height, Glyphs);
                max = m;
                return Frames.Render(lines, Screen.Width, Glyphs);
            });
            if (IsHelp(key) && page.Help != HelpTopic.HelpPage)
            {
                ShowHelp(page.Help);
                continue;
            }

            if (Frames.Scrolled(key.Key, scroll, max, Screen.Height - 5) is int s)
            {
                scroll = s;
                continue;
            }

            if (key.Key is ConsoleKey.Enter or ConsoleKey.Escape or ConsoleKey.Q or ConsoleKey.Backspace or ConsoleKey.LeftArrow)
            {
                return;
            }
        }
    }

    public bool HandOff(HandOffNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        while (true)
        {
            var key = Screen.ReadKey(() => Frames.Render(FullScreenFrames.HandOff(Screen, note), Screen.Width, Glyphs));
            if (IsHelp(key))
            {
                ShowHelp(HelpTopic.HandOff);
                continue;
            }

            if (key.Key is ConsoleKey.Enter or ConsoleKey.Spacebar)
            {
                return true;
            }

            if (key.Key == ConsoleKey.Q && Confirm("Save and leave", "Leave the match? It is saved after every move: choose Resume in the main menu to carry on.", HelpTopic.HandOff))
            {
                return false;
            }
        }
    }

    public TurnAction Turn(TurnContext turn) => new BoardKeys(this).Run(turn);

    public void Watch(BoardState state, string note)
    {
        ArgumentNullException.ThrowIfNull(state);
        Screen.Paint(Frames.Render(BoardFrame.Compose(HiddenView(state, null, note, []), Screen.Width, Screen.Height, Glyphs).Lines, Screen.Width, Glyphs));
    }

    public void Played(BoardState state, PlayedMove move)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(move);
        var spotlight = new List<Line> { Line.Blank.Add($"{Glyphs.Pointer} ", Tone.Strong).Add(move.Text, Tone.Strong).Indented(2) };
        if (move.Reason is not null)
        {
            spotlight.Add(Line.Of($"\"{move.Reason}\"", Tone.Plain, 4));
        }

        var after = move.Aftermath.Where(a => !a.Contains("has the floor", StringComparison.Ordinal)).ToList();
        if (after.Count > 0)
        {
            spotlight.Add(Line.Of(string.Join(" ", after), Tone.Warn, 4));
        }

        var who = move.Seat.IsHuman ? move.Seat.Name : $"{move.Seat.Name} ({move.Seat.Controller})";
        var note = move.Move.Kind == Debate.Core.Play.MoveKind.EndSpeech
            ? $"{who.ToUpperInvariant()} ENDS THE SPEECH"
            : $"{who.ToUpperInvariant()} IS SPEAKING  (every hand is hidden)";
        var key = Screen.Pause(() => Frames.Render(BoardFrame.Compose(HiddenView(state, null, note, spotlight), Screen.Width, Screen.Height, Glyphs).Lines, Screen.Width, Glyphs), Settings.Pace);
        if (key is { } pressed && IsHelp(pressed))
        {
            ShowHelp(HelpTopic.Opponent);
        }
    }

    public void Replay(ReplayTape tape) => new ReplayKeys(this).Run(tape);

    public void ShowHelp(HelpTopic topic) => Show(HelpText.For(topic, plain: false));

    public static bool IsHelp(ConsoleKeyInfo key) => key.KeyChar == '?' || key.Key == ConsoleKey.F1;

    public static int? Digit(ConsoleKeyInfo key) => key.KeyChar is >= '1' and <= '9' ? key.KeyChar - '0' : null;

    private static BoardView HiddenView(BoardState state, Line? message, string note, IReadOnlyList<Line> spotlight) =>
        new(state with { HandSeat = null }, null, 0, null, 0, message, null, Frames.Keys(("any key", "next move now"), ("?", "help")), note, Spotlight: spotlight);
}
