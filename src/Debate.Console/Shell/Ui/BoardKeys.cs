using Debate.Console.Shell.Board;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Shell.Ui;

/// <summary>
/// A human's turn on the full-screen board. Only the rules' legal moves can be chosen: a card that
/// cannot be played says why (the engine's own reason), and a card that needs a target offers only
/// the arguments it may be played on.
/// </summary>
internal sealed class BoardKeys(FullScreenUi ui)
{
    private int cursor;
    private int targetCursor;
    private IReadOnlyList<Move>? targets;
    private Line? message;
    private int? scroll;
    private (int Start, int Rows) floor;

    public TurnAction Run(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = turn.State.Match;
        var seat = match.Speaker;
        var hand = HandOption.For(match, seat);
        cursor = Math.Max(0, hand.ToList().FindIndex(h => h.Playable));
        var screen = ui.Screen;
        while (true)
        {
            var view = new BoardView(turn.State with { HandSeat = seat }, hand, cursor, targets, targetCursor, message ?? Hover(hand), scroll, Status(turn));
            var key = screen.ReadKey(() =>
            {
                var (lines, start, rows) = BoardFrame.Compose(view, screen.Width, screen.Height, screen.Glyphs);
                floor = (start, rows);
                return Frames.Render(lines, screen.Width, screen.Glyphs);
            });
            message = null;
            if (FullScreenUi.IsHelp(key))
            {
                ui.ShowHelp(targets is null ? HelpTopic.Board : HelpTopic.Targets);
                continue;
            }

            if (key.Key is ConsoleKey.PageUp or ConsoleKey.PageDown)
            {
                var step = Math.Max(1, floor.Rows - 2) * (key.Key == ConsoleKey.PageUp ? -1 : 1);
                scroll = Math.Max(0, floor.Start + step);
                continue;
            }

            var action = targets is null ? OnHand(key, turn, hand) : OnTargets(key, match);
            if (action is not null)
            {
                return action;
            }
        }
    }

    private TurnAction? OnHand(ConsoleKeyInfo key, TurnContext turn, IReadOnlyList<HandOption> hand)
    {
        var match = turn.State.Match;
        switch (key.Key)
        {
            case ConsoleKey.UpArrow:
                cursor = hand.Count == 0 ? 0 : (cursor + hand.Count - 1) % hand.Count;
                return null;
            case ConsoleKey.DownArrow:
                cursor = hand.Count == 0 ? 0 : (cursor + 1) % hand.Count;
                return null;
            case ConsoleKey.Enter or ConsoleKey.Spacebar:
                return Play(hand, match);
            case ConsoleKey.O:
                if (hand.Count > 0)
                {
                    ui.Show(BoardPages.Card(match.Scenario, hand[cursor].Card, match));
                }

                return null;
            case ConsoleKey.E:
                var playable = hand.Count(h => h.Playable);
                if (playable == 0 || ui.Confirm("End your speech", $"End your speech with {match.TimeLeft} unit{(match.TimeLeft == 1 ? string.Empty : "s")} of time left? You could still play {playable} card{(playable == 1 ? string.Empty : "s")}.", HelpTopic.Board))
                {
                    return new TurnAction(Move.End(match.Speaker));
                }

                return null;
            case ConsoleKey.F:
                ui.Show(BoardPages.Floor(match));
                return null;
            case ConsoleKey.A:
                ui.Show(BoardPages.Audience(match));
                return null;
            case ConsoleKey.L:
                ui.Show(BoardPages.Log(turn.State.Log));
                return null;
            case ConsoleKey.R:
                if (turn.Role is not null)
                {
                    ui.Show(turn.Role);
                }

                return null;
            case ConsoleKey.H:
                if (turn.Hint is null)
                {
                    message = Line.Of("Hints are for practice against opponents; none in a hot-seat match.", Tone.Dim);
                }
                else
                {
                    ui.Show(new Page("Hint", [Line.Of("What the debater would play now, and why:", Tone.Strong), Line.Blank, Line.Of(turn.Hint() ?? "Nothing: end the speech.")], HelpTopic.Board));
                }

                return null;
            case ConsoleKey.Q:
                return ui.Confirm("Save and leave", "Leave the match? It is saved after every move: choose Resume in the main menu to carry on.", HelpTopic.Board)
                    ? TurnAction.Leave
                    : null;
            default:
                if (FullScreenUi.Digit(key) is int d && d <= hand.Count)
                {
                    cursor = d - 1;
                }

                return null;
        }
    }

    private TurnAction? Play(IReadOnlyList<HandOption> hand, Match match)
    {
        if (hand.Count == 0)
        {
            message = Line.Of("Your hand is empty: press E to end your speech.", Tone.Warn);
            return null;
        }

        var option = hand[cursor];
        if (!option.Playable)
        {
            message = Line.Blank.Add($"{option.Card.Id} cannot be played now: ", Tone.Bad).Add(option.WhyNot ?? string.Empty);
            return null;
        }

        if (option.Card.Kind == CardKind.Claim)
        {
            return new TurnAction(option.Moves[0]);
        }

        targets = option.Moves;
        targetCursor = 0;
        scroll = null;
        return null;
    }

    private TurnAction? OnTargets(ConsoleKeyInfo key, Match match)
    {
        var list = targets!;
        switch (key.Key)
        {
            case ConsoleKey.UpArrow:
                targetCursor = (targetCursor + list.Count - 1) % list.Count;
                return null;
            case ConsoleKey.DownArrow:
                targetCursor = (targetCursor + 1) % list.Count;
                return null;
            case ConsoleKey.Enter or ConsoleKey.Spacebar:
                var move = list[targetCursor];
                var rejection = Rules.Check(match, move);
                if (rejection is null)
                {
                    return new TurnAction(move);
                }

                message = Line.Of(rejection.Reason, Tone.Bad);
                return null;
            case ConsoleKey.Escape or ConsoleKey.Backspace or ConsoleKey.LeftArrow:
                targets = null;
                return null;
            case ConsoleKey.O:
                var target = match.ArgumentById(list[targetCursor].Target!.Value)!;
                ui.Show(BoardPages.Card(match.Scenario, match.Scenario.Card(target.Card), match));
                return null;
            default:
                if (FullScreenUi.Digit(key) is int d && d <= list.Count)
                {
                    targetCursor = d - 1;
                }

                return null;
        }
    }

    private Line? Hover(IReadOnlyList<HandOption> hand)
    {
        if (targets is not null)
        {
            return Line.Of("Up/Down or a number picks the argument; Enter plays the card on it; Esc goes back to your hand.", Tone.Dim);
        }

        if (hand.Count == 0)
        {
            return Line.Of("Your hand is empty: press E to end your speech.", Tone.Dim);
        }

        var option = hand[Math.Clamp(cursor, 0, hand.Count - 1)];
        return option.Playable ? null : Line.Blank.Add($"{option.Card.Id} not now: ", Tone.Warn).Add(option.WhyNot ?? string.Empty, Tone.Dim);
    }

    private Line Status(TurnContext turn)
    {
        if (targets is not null)
        {
            return Frames.Keys(("Up/Down", "argument"), ("Enter", "play on it"), ("O", "open it"), ("Esc", "back"), ("?", "help"));
        }

        return ui.Screen.Width >= 100
            ? Frames.Keys(("1-9", "card"), ("Enter", "play"), ("O", "open"), ("E", "end speech"), ("F", "floor"), ("R", "role"), turn.Hint is null ? ("L", "log") : ("H", "hint"), ("?", "help"), ("Q", "leave"))
            : Frames.Keys(("1-9", "card"), ("Enter", "play"), ("O", "open"), ("E", "end speech"), ("?", "more keys"), ("Q", "leave"));
    }
}
