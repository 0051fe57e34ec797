using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Board;
using Debate.Console.Shell.Keys;
using Debate.Console.Shell.Views;
using Terminal.Gui.Input;

namespace Debate.Console.Shell.Screens;

/// <summary>Between human turns: every hand hidden, an opponent thinking, a move shown at a readable pace (any key skips).</summary>
internal sealed partial class BoardScreen
{
    private List<Row> spotlightRows = [];
    private PlayedMove? spotlight;
    private string watchNote = string.Empty;
    private TaskCompletionSource? paced;
    private object? paceTimer;

    /// <summary>The board with every hand hidden while an opponent thinks.</summary>
    public void ShowWatching(BoardState value, string note)
    {
        ArgumentNullException.ThrowIfNull(value);
        EndPace();
        state = value with { HandSeat = null };
        mode = Mode.Watch;
        watchNote = note;
        message = null;
        targeting = false;
        spotlightRows = [.. Recent(state.Log), Row.Of(Line.Of(note, Tone.Strong)), Row.Of(Line.Of("Every hand is hidden while an opponent speaks.", Tone.Dim))];
        if (subject is Subject.Card)
        {
            subject = Subject.Spotlight;
        }

        Render();
    }

    /// <summary>Shows a move just made for <paramref name="pace"/>, or until a key or a click.</summary>
    public Task ShowPlayed(BoardState value, PlayedMove move, TimeSpan pace)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(move);
        EndPace();
        state = value with { HandSeat = null };
        mode = Mode.Watch;
        spotlight = move;
        targeting = false;
        var who = move.Seat.IsHuman ? move.Seat.Name : $"{move.Seat.Name} ({move.Seat.Controller})";
        watchNote = move.Move.Kind == Debate.Core.Play.MoveKind.EndSpeech ? $"{who} ends the speech" : $"{who} is speaking";
        spotlightRows = [.. Recent(state.Log), Row.Of(Line.Of("Any key: the next move now (the panel on the right has it in full).", Tone.Dim))];
        subject = move.RevealedNews ? Subject.News : Subject.Spotlight;
        message = null;
        paced = new TaskCompletionSource();
        Render();
        if (pace <= TimeSpan.Zero || Window.App is null)
        {
            var done = paced;
            paced = null;
            done.TrySetResult();
            return done.Task;
        }

        var task = paced.Task;
        paceTimer = Window.App.AddTimeout(pace, () =>
        {
            paceTimer = null;
            EndPace();
            return false;
        });
        return task;
    }

    private string HiddenHeading() => $"HANDS HIDDEN · {watchNote}";

    /// <summary>The latest moves, one row each, the newest last and marked: the room sees what led here.</summary>
    private static IEnumerable<Row> Recent(IReadOnlyList<PlayedMove> log)
    {
        const int Count = 6;
        var from = Math.Max(0, log.Count - Count);
        for (var i = from; i < log.Count; i++)
        {
            var line = LogLine(log[i]);
            yield return Row.Of(i == log.Count - 1 ? Line.Blank.Add("▶ ", Tone.Strong).Then(line) : Line.Blank.Add("  ").Then(line));
        }
    }

    private IReadOnlyList<ShellCommand> WatchCommands() => paced is null
        ? [ShellCommand.OnKey("Tab", "panel", NextPanel, 3, Key.Tab)]
        :
        [
            new("any key", "next move now", _ => false, EndPace, 0),
            ShellCommand.OnKey("Tab", "panel", NextPanel, 3, Key.Tab),
        ];

    private bool WatchKey(Key key)
    {
        if (KeyRead.IsHelp(key) || KeyRead.IsInterrupt(key) || KeyRead.Is(key, Key.Tab))
        {
            return false;
        }

        EndPace();
        return true;
    }

    private void EndPace()
    {
        if (paceTimer is not null)
        {
            Window.App?.RemoveTimeout(paceTimer);
            paceTimer = null;
        }

        var done = paced;
        paced = null;
        if (done is not null)
        {
            Changed();
            done.TrySetResult();
        }
    }
}
