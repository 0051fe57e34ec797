using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Keys;
using Debate.Console.Shell.Views;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Debate.Console.Shell.Screens;

/// <summary>
/// Passing the keyboard: nothing private is on screen (no hand, no role sheet) until the named
/// player says they alone are looking. What everyone may see stays: the speech to come, the room,
/// and the news in full when a round has just begun with it.
/// </summary>
internal sealed class HandOffScreen : Screen
{
    private readonly HandOffNote note;
    private readonly LinesView body;
    private readonly TaskCompletionSource<bool> done = new();

    public HandOffScreen(ShellWindow window, HandOffNote note)
        : base(window)
    {
        ArgumentNullException.ThrowIfNull(note);
        this.note = note;
        var title = new TitleBar(() => Theme) { X = 0, Y = 0, Heading = Line.Of($"PASS THE KEYBOARD TO {note.Name.ToUpperInvariant()}") };
        body = NewLines(hang: 0);
        body.X = 2;
        body.Y = 2;
        body.Width = Dim.Fill(2);
        body.Height = Dim.Fill();
        body.SetRows(Rows());
        body.ItemClicked += item =>
        {
            if (item == 0)
            {
                Ready();
            }
        };
        Add(title, body);
        Commands =
        [
            ShellCommand.OnKey("Enter", $"{note.Name} is ready", Ready, 0, Key.Enter, Key.Space),
            ShellCommand.OnChar('Q', "save and leave", Leave, 2),
        ];
    }

    public Task<bool> Result => done.Task;

    public override HelpTopic Help => HelpTopic.HandOff;

    public override IReadOnlyList<ShellCommand> Commands { get; }

    public override void Shown() => body.SetFocus();

    private List<Row> Rows()
    {
        var side = Line.SideTone(note.Side);
        var rows = new List<Row>
        {
            Row.Of(Line.Blank.Add("Every hand is hidden.", Tone.Strong)),
            Row.Of(Line.Blank),
            Row.Of(Line.Blank.Add("Pass the keyboard to ", Tone.Strong).Add($" {note.Name} ", Tone.Key).Add($" ({note.Side})", side)),
            Row.Of(Line.Of($"{note.Purpose}.")),
            Row.Of(Line.Of($"Everyone but {note.Name}, please look away from the screen.")),
            Row.Of(Line.Blank),
            new Row(Line.Blank.Add(" Enter ", Tone.Key).Add($"  I am {note.Name} and I alone am looking: show my hand", Tone.Strong), 0),
            Row.Of(Line.Blank.Add(" Q ", Tone.Key).Add("  save and leave (Resume carries on)", Tone.Dim)),
        };
        if (note.Public is { } state && !state.Match.IsOver)
        {
            var match = state.Match;
            rows.Add(Row.Of(Line.Blank));
            rows.Add(Row.Of(Line.Of("What everyone can see", Tone.Heading)));
            var slot = match.CurrentSpeech!;
            rows.Add(Row.Of(Line.Of($"Next: {slot.Title}, speech {slot.Index + 1} of {match.Scenario.Speeches.Length}; {slot.Speech.Time} units of time.")));
            rows.Add(Row.Of(AudienceText.RoomLine(match)));
            var last = state.Log.Count == 0 ? null : state.Log[^1];
            if (last is { RevealedNews: true } && NewsText.Latest(match) is { } news)
            {
                rows.Add(Row.Of(Line.Blank));
                rows.AddRange(NewsText.Of(match, news, state.Log).Select(Row.Of));
            }
        }

        return rows;
    }

    private void Ready() => done.TrySetResult(true);

    private async void Leave()
    {
        if (await Window.Ask("Save and leave", "Leave the match? It is saved after every move: choose Resume in the main menu to carry on."))
        {
            done.TrySetResult(false);
        }
    }
}
