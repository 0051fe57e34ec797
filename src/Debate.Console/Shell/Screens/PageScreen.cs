using Debate.Console.Pages;
using Debate.Console.Shell.Keys;
using Debate.Console.Shell.Views;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Debate.Console.Shell.Screens;

/// <summary>A page to read (help, a card, the floor, the verdict, a role sheet): every line wrapped, scrolled when long.</summary>
internal sealed class PageScreen : Screen
{
    private readonly Page page;
    private readonly LinesView body;

    public PageScreen(ShellWindow window, Page page, bool isHelp = false, string close = "back")
        : base(window)
    {
        ArgumentNullException.ThrowIfNull(page);
        this.page = page;
        IsHelp = isHelp;
        var title = new TitleBar(() => Theme) { X = 0, Y = 0, Heading = Line.Of(page.Title) };
        body = NewLines(hang: 2);
        body.X = 1;
        body.Y = 2;
        body.Width = Dim.Fill(1);
        body.Height = Dim.Fill();
        body.SetRows([.. page.Lines.Select(Row.Of)]);
        Add(title, body);
        Commands =
        [
            ShellCommand.OnKey("Enter", close, Close, 0, Key.Enter, Key.Esc, Key.Backspace, Key.CursorLeft),
            new("↑↓ PgUp PgDn", "scroll", _ => false, () => { }, 1),
            ShellCommand.OnChar('Q', "back", Close, 9, hidden: true),
        ];
    }

    public event Action? Closed;

    public bool IsHelp { get; }

    public override HelpTopic Help => IsHelp ? HelpTopic.HelpPage : page.Help;

    public override IReadOnlyList<ShellCommand> Commands { get; }

    public LinesView Body => body;

    public override void Shown() => body.SetFocus();

    private void Close() => Closed?.Invoke();
}
