using System.Collections.Immutable;
using System.Globalization;
using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Board;
using Debate.Console.Shell.Keys;
using Debate.Core.Play;
using Terminal.Gui.Input;

namespace Debate.Console.Shell.Screens;

/// <summary>
/// A recorded match, a move or a speech at a time. The speaker's hand is shown only when the match
/// is over: replaying a match still in progress must not show anyone's cards.
/// </summary>
internal sealed partial class BoardScreen
{
    private ReplayTape? tape;
    private IReadOnlyList<int> starts = [];
    private int at;
    private bool showHands;
    private ImmutableArray<HandOption> replayHand = [];
    private int replaySeat;
    private TaskCompletionSource? replayDone;

    public Task BeginReplay(ReplayTape value)
    {
        ArgumentNullException.ThrowIfNull(value);
        tape = value;
        starts = value.SpeechStarts();
        showHands = value.Last.IsOver;
        mode = Mode.Replay;
        at = 0;
        Floor.CanFocus = false;
        Hand.CanFocus = false;
        Detail.CanFocus = false;
        message = value.Problem is null ? null : Line.Of(value.Problem, Tone.Bad);
        replayDone = new TaskCompletionSource();
        Step(0);
        SetFocus();
        return replayDone.Task;
    }

    private string? ReplayTitle() => mode == Mode.Replay && tape is not null ? $"REPLAY {at}/{tape.Moves.Count}" : null;

    private IReadOnlyList<ShellCommand> ReplayCommands() =>
    [
        ShellCommand.OnKey("←→", "move", () => { }, 0, Key.CursorLeft, Key.CursorRight),
        ShellCommand.OnKey("↑↓", "speech", () => { }, 1, Key.CursorUp, Key.CursorDown),
        ShellCommand.OnChar('J', "jump to a speech", Jump, 3),
        ShellCommand.OnChar('F', "floor", () => Page(BoardPages.Floor(state!.Match)), 5),
        ShellCommand.OnChar('V', "verdict", Verdict, 4),
        ShellCommand.OnKey("Esc", "back", () => replayDone?.TrySetResult(), 2, Key.Esc),
        ShellCommand.OnChar('Q', "back", () => replayDone?.TrySetResult(), 9, hidden: true),
        ShellCommand.OnKey("Home", "the deal", () => Step(-at), 8, Key.Home),
        ShellCommand.OnKey("End", "the end", () => Step(tape!.States.Count), 9, Key.End),
    ];

    private bool ReplayKey(Key key)
    {
        if (KeyRead.Is(key, Key.CursorRight) || KeyRead.Char(key) is 'N' or ' ')
        {
            Step(1);
            return true;
        }

        if (KeyRead.Is(key, Key.CursorLeft) || KeyRead.Char(key) == 'P' || KeyRead.Is(key, Key.Backspace))
        {
            Step(-1);
            return true;
        }

        if (KeyRead.Is(key, Key.CursorDown) || KeyRead.Is(key, Key.PageDown))
        {
            Step(starts.FirstOrDefault(s => s > at, tape!.States.Count - 1) - at);
            return true;
        }

        if (KeyRead.Is(key, Key.CursorUp) || KeyRead.Is(key, Key.PageUp))
        {
            Step(starts.LastOrDefault(s => s < at, 0) - at);
            return true;
        }

        return false;
    }

    private void Step(int delta)
    {
        var tapeNow = tape!;
        at = Math.Clamp(at + delta, 0, tapeNow.States.Count - 1);
        var match = tapeNow.States[at];
        state = new BoardState(match, null, [.. tapeNow.Moves.Take(at)]);
        replaySeat = match.IsOver ? -1 : match.Speaker;
        replayHand = showHands && !match.IsOver ? HandOption.For(match, match.Speaker) : [];
        numbers.Clear();
        for (var i = 0; i < replayHand.Length; i++)
        {
            numbers[replayHand[i].Card.Id] = i + 1;
        }

        cardIndex = replayHand.IsEmpty ? -1 : 0;
        spotlight = at == 0 ? null : tapeNow.Moves[at - 1];
        spotlightRows = spotlight is null
            ? [Views.Row.Of(ReplayText.Describe(tapeNow, 0))]
            : DetailRows.Spotlight(spotlight);
        watchNote = "the match is not over yet";
        subject = spotlight is null ? Subject.Card : Subject.Spotlight;
        if (delta != 0 || message is null)
        {
            message = null;
        }

        Render();
    }

    private async void Jump()
    {
        var speeches = state!.Match.Scenario.Speeches.Length;
        var ask = new AskScreen(Window, new Question("Jump to a speech", $"Speech number (1 to {speeches}):", HelpTopic.Replay,
            Validate: a => int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= speeches ? null : $"Type a number from 1 to {speeches}."));
        Window.Push(ask);
        var answer = await ask.Result;
        Window.Pop(ask);
        if (answer is null)
        {
            return;
        }

        var wanted = int.Parse(answer, CultureInfo.InvariantCulture) - 1;
        var states = tape!.States;
        var found = Enumerable.Range(0, states.Count).Where(k => states[k].SpeechIndex >= wanted).DefaultIfEmpty(states.Count - 1).First();
        Step(found - at);
        if (states[found].SpeechIndex != wanted)
        {
            Say(Line.Of("The record does not reach that speech; this is the nearest point.", Tone.Warn));
        }
    }

    private void Verdict()
    {
        if (tape!.Last.IsOver)
        {
            Page(VerdictPage.Build(tape.Last));
        }
        else
        {
            Say(Line.Of("This match has not reached its verdict.", Tone.Warn));
        }
    }
}
