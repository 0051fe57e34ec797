using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Keys;
using Debate.Console.Shell.Views;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Line = Debate.Console.Pages.Line;

namespace Debate.Console.Shell.Screens;

/// <summary>A line to type (a name, a seed, a path): the default is offered and replaced by typing; a refused answer says why.</summary>
internal sealed class AskScreen : Screen
{
    private readonly Question question;
    private readonly TextField field;
    private readonly LinesView error;
    private readonly TaskCompletionSource<string?> done = new();

    public AskScreen(ShellWindow window, Question question)
        : base(window)
    {
        ArgumentNullException.ThrowIfNull(question);
        this.question = question;
        var title = new TitleBar(() => Theme) { X = 0, Y = 0, Heading = Line.Of(question.Title) };
        var intro = NewLines(hang: 0);
        intro.X = 2;
        intro.Y = 2;
        intro.Width = Dim.Fill(2);
        intro.CanFocus = false;
        intro.SetRows([.. (question.Intro ?? []).Select(Row.Of), Row.Of(Line.Of(question.Prompt, Tone.Strong))]);
        intro.Height = Dim.Func(_ => Math.Max(1, intro.Drawn.Count));
        field = new TextField
        {
            X = 2,
            Y = Pos.Bottom(intro) + 1,
            Width = Dim.Fill(2),
            Text = question.Default ?? string.Empty,
        };
        field.SetScheme(Theme.Scheme);
        field.Accepting += (_, e) =>
        {
            e.Handled = true;
            Submit();
        };
        error = NewLines(hang: 0);
        error.X = 2;
        error.Y = Pos.Bottom(field) + 1;
        error.Width = Dim.Fill(2);
        error.Height = Dim.Fill();
        error.CanFocus = false;
        var hint = question.Default is null ? "Type, then Enter." : "Enter keeps what is shown; typing replaces it.";
        error.SetRows([Row.Of(Line.Of(hint, Tone.Dim))]);
        Add(title, intro, field, error);
        Commands =
        [
            ShellCommand.OnKey("Enter", "accept", Submit, 0, Key.Enter),
            ShellCommand.OnKey("Esc", "back", () => done.TrySetResult(null), 1, Key.Esc),
        ];
    }

    public Task<string?> Result => done.Task;

    public override HelpTopic Help => question.Help;

    public override IReadOnlyList<ShellCommand> Commands { get; }

    public override bool TakesText => true;

    public override void Shown()
    {
        field.SetFocus();
        field.SelectAll();
    }

    private void Submit()
    {
        var text = field.Text?.Trim() ?? string.Empty;
        var answer = text.Length == 0 && question.Default is not null ? question.Default : text;
        if (question.Validate?.Invoke(answer) is { } problem)
        {
            error.SetRows([Row.Of(Line.Of(problem, Tone.Bad))]);
            return;
        }

        done.TrySetResult(answer);
    }
}
