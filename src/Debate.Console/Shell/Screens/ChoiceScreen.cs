using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Keys;
using Debate.Console.Shell.Views;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Debate.Console.Shell.Screens;

/// <summary>
/// A menu: the title, a few lines above it, the items numbered (a click or a number chooses one,
/// the arrows and Enter too), the selected item's detail under the list, and why an item that
/// cannot be chosen now is unavailable.
/// </summary>
internal sealed class ChoiceScreen : Screen
{
    private readonly Choice choice;
    private readonly LinesView items;
    private readonly LinesView detail;
    private readonly TaskCompletionSource<int?> done = new();
    private string? message;

    public ChoiceScreen(ShellWindow window, Choice choice)
        : base(window)
    {
        ArgumentNullException.ThrowIfNull(choice);
        this.choice = choice;
        var title = new TitleBar(() => Theme) { X = 0, Y = 0, Heading = Line.Of(choice.Title) };
        var intro = NewLines(hang: 0);
        var introRows = (choice.Intro ?? []).Select(Row.Of).ToList();
        intro.X = 2;
        intro.Y = 2;
        intro.Width = Dim.Fill(2);
        intro.Height = Dim.Func(_ => Math.Min(8, intro.Drawn.Count));
        intro.CanFocus = false;
        intro.SetRows(introRows);
        items = NewLines(selectable: true, hang: 5);
        items.X = 2;
        items.Y = introRows.Count == 0 ? 2 : Pos.Bottom(intro) + 1;
        items.Width = Dim.Fill(2);
        items.Height = Dim.Func(_ => Math.Max(3, Math.Min(items.Drawn.Count, Math.Max(3, Viewport.Height - (introRows.Count == 0 ? 2 : intro.Frame.Bottom + 1) - 5))));
        detail = NewLines(hang: 0);
        detail.X = 2;
        detail.Y = Pos.Bottom(items) + 1;
        detail.Width = Dim.Fill(2);
        detail.Height = Dim.Fill();
        detail.CanFocus = false;
        Add(title, intro, items, detail);
        Render();
        items.Select(Math.Clamp(choice.Initial, 0, Math.Max(0, choice.Items.Count - 1)));
        items.SelectionChanged += _ => Describe();
        items.ItemClicked += Pick;
        items.ItemActivated += Pick;
        Describe();
        Commands =
        [
            new("↑↓", "move", _ => false, () => { }, 1),
            ShellCommand.OnKey("Enter", "choose", () => Pick(items.Selected), 0, Key.Enter, Key.Space, Key.CursorRight),
            new("1-9", "choose by number", k => KeyRead.Digit(k) is >= 1 and <= 9, () => { }, 2),
            ShellCommand.OnKey("Esc", "back", () => done.TrySetResult(null), 3, Key.Esc, Key.Backspace, Key.CursorLeft),
            ShellCommand.OnChar('Q', "back", () => done.TrySetResult(null), 9, hidden: true),
        ];
    }

    public Task<int?> Result => done.Task;

    public override HelpTopic Help => choice.Help;

    public override IReadOnlyList<ShellCommand> Commands { get; }

    public override void Shown() => items.SetFocus();

    protected override bool OnKeyDown(Key key)
    {
        if (KeyRead.Digit(key) is int d and >= 1 and <= 9)
        {
            if (d <= choice.Items.Count)
            {
                items.Select(d - 1);
                Pick(d - 1);
            }

            return true;
        }

        return false;
    }

    private void Pick(int index)
    {
        if (index < 0 || index >= choice.Items.Count)
        {
            return;
        }

        if (choice.Items[index].Disabled is { } why)
        {
            message = why;
            Describe();
            return;
        }

        done.TrySetResult(index);
    }

    private void Render()
    {
        var rows = new List<Row>();
        for (var i = 0; i < choice.Items.Count; i++)
        {
            var item = choice.Items[i];
            var number = i < 9 ? $"{i + 1,2}" : "  ";
            var line = Line.Blank.Add($"{number}   ", Tone.Strong).Add(item.Label, item.Disabled is null ? Tone.Plain : Tone.Dim);
            if (item.Disabled is not null)
            {
                line = line.Add("  (not now)", Tone.Dim);
            }

            rows.Add(new Row(line, i));
        }

        items.SetRows(rows);
    }

    private void Describe()
    {
        var rows = new List<Row>();
        var index = items.Selected;
        if (index >= 0 && index < choice.Items.Count)
        {
            var item = choice.Items[index];
            if (item.Detail is not null)
            {
                rows.Add(Row.Of(Line.Of(item.Detail, Tone.Dim)));
            }

            if (item.Disabled is not null)
            {
                rows.Add(Row.Of(Line.Of(item.Disabled, Tone.Warn)));
            }
        }

        if (message is not null && (index < 0 || choice.Items[index].Disabled != message))
        {
            rows.Add(Row.Of(Line.Of(message, Tone.Warn)));
        }

        message = null;
        detail.SetRows(rows);
    }
}
