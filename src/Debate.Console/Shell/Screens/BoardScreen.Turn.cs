using System.Collections.Immutable;
using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Keys;
using Debate.Core.Content;
using Debate.Core.Play;
using Terminal.Gui.Input;
using GameMove = Debate.Core.Play.Move;

namespace Debate.Console.Shell.Screens;

/// <summary>A human's turn: choosing a card, then an argument for it; only the rules' legal moves can be made.</summary>
internal sealed partial class BoardScreen
{
    private static readonly TimeSpan DigitWindow = TimeSpan.FromMilliseconds(900);

    private readonly Dictionary<CardId, int> numbers = [];
    private ImmutableArray<HandOption> hand = [];
    private (int Seat, int Speech) numberedFor = (-1, -1);
    private int cardIndex;
    private bool targeting;
    private int? target;
    private TurnContext? turn;
    private TaskCompletionSource<TurnAction>? turnDone;
    private int? pendingDigit;
    private object? digitTimer;

    /// <summary>Shows the speaker's hand and waits for a legal move (or leave).</summary>
    public Task<TurnAction> BeginTurn(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        turn = context;
        state = context.State;
        mode = Mode.Turn;
        var match = context.State.Match;
        hand = HandOption.For(match, match.Speaker);
        var newSpeech = numberedFor != (match.Speaker, match.SpeechIndex);
        NumberCards(match.Speaker, match.SpeechIndex, hand);
        targeting = false;
        target = null;
        argument = -1;
        Floor.Select(-1);
        message = hand.Any(h => h.Playable) ? null : Line.Of("No card can be played now: E ends your speech (the card panel says why each cannot).", Tone.Warn);
        var playable = hand.ToList().FindIndex(h => h.Playable);
        cardIndex = hand.IsEmpty ? -1 : Math.Clamp(cardIndex < hand.Length && cardIndex >= 0 && hand[cardIndex].Playable ? cardIndex : Math.Max(0, playable), 0, hand.Length - 1);
        // A round that opens with news: the news first, in full, until a card is chosen.
        subject = newSpeech && context.State.Log.Count > 0 && context.State.Log[^1].RevealedNews ? Subject.News : Subject.Card;
        turnDone = new TaskCompletionSource<TurnAction>();
        Render();
        Hand.Select(cardIndex);
        Hand.SetFocus();
        return turnDone.Task;
    }

    private IReadOnlyList<ShellCommand> TurnCommands()
    {
        if (targeting)
        {
            return
            [
                ShellCommand.OnKey("Enter", "play on it", PlayOnTarget, 0, Key.Enter),
                new("↑↓ or #", "argument", _ => false, () => { }, 1),
                ShellCommand.OnKey("Esc", "back to hand", CancelTargets, 2, Key.Esc, Key.Backspace),
                ShellCommand.OnChar('O', "open", Open, 4),
                ShellCommand.OnKey("Tab", "panel", NextPanel, 6, Key.Tab),
            ];
        }

        var hint = turn?.Hint;
        return
        [
            new(hand.Length > 9 ? "1-99" : "1-9", "card", _ => false, () => { }, 1),
            ShellCommand.OnKey("Enter", "play", () => Play(cardIndex), 0, Key.Enter),
            ShellCommand.OnChar('E', "end speech", EndSpeech, 2),
            ShellCommand.OnChar('O', "open", Open, 7),
            ShellCommand.OnKey("Tab", "panel", NextPanel, 6, Key.Tab),
            ShellCommand.OnChar('F', "floor", () => Page(BoardPages.Floor(state!.Match)), 8),
            ShellCommand.OnChar('A', "audience", () => Page(BoardPages.Audience(state!.Match)), 9),
            ShellCommand.OnChar('N', "news", () => Page(NewsPage.Build(state!.Match, state.Log)), 10),
            ShellCommand.OnChar('L', "log", () => Page(BoardPages.Log(state!.Log)), 11),
            ShellCommand.OnChar('R', "role", () => Page(turn?.Role), 12),
            ShellCommand.OnChar('H', "hint", Hint, hint is null ? 20 : 5, hidden: hint is null),
            ShellCommand.OnChar('Q', "leave", Leave, 3),
        ];
    }

    private bool TurnKey(Key key)
    {
        if (KeyRead.Digit(key) is not int d)
        {
            if (targeting && KeyRead.Char(key) == '#')
            {
                return true;
            }

            return false;
        }

        var count = targeting ? state!.Match.Floor.Length : numbers.Values.DefaultIfEmpty(0).Max();
        var value = pendingDigit is int first ? (first * 10) + d : d;
        if (pendingDigit is not null && !Exists(value))
        {
            value = d;
        }

        ClearDigit();
        if (value * 10 <= count && value > 0)
        {
            // A two-digit number may follow ("1" then "2" is 12): wait a moment before settling.
            pendingDigit = value;
            digitTimer = Window.App?.AddTimeout(DigitWindow, () =>
            {
                pendingDigit = null;
                digitTimer = null;
                return false;
            });
        }

        Choose(value);
        return true;

        bool Exists(int n) => targeting ? TargetIds().Contains(n) : numbers.ContainsValue(n);
    }

    private void ClearDigit()
    {
        if (digitTimer is not null)
        {
            Window.App?.RemoveTimeout(digitTimer);
        }

        digitTimer = null;
        pendingDigit = null;
    }

    /// <summary>Selects card number <paramref name="n"/>, or argument #n while choosing where to play.</summary>
    private void Choose(int n)
    {
        if (targeting)
        {
            if (TargetIds().Contains(n))
            {
                target = n;
                Floor.Select(n);
                message = TargetMessage();
                Render();
            }
            else
            {
                Say(Line.Of($"#{n} is not an argument this card can be played on; the ones marked ◆ are.", Tone.Warn));
            }

            return;
        }

        var index = hand.ToList().FindIndex(h => Number(h.Card.Id) == n);
        if (index < 0)
        {
            Say(Line.Of($"There is no card {n} in your hand now.", Tone.Warn));
            return;
        }

        SelectCard(index);
        Hand.SetFocus();
    }

    private void SelectCard(int index)
    {
        cardIndex = index;
        subject = Subject.Card;
        message = null;
        Hand.Select(index);
        Render();
    }

    private void OnCardSelected(int index)
    {
        if (mode == Mode.Replay)
        {
            cardIndex = index;
            subject = Subject.Card;
            Render();
            return;
        }

        if (mode != Mode.Turn)
        {
            return;
        }

        targeting = false;
        target = null;
        SelectCard(index);
    }

    private void OnCardActivated(int index)
    {
        if (mode != Mode.Turn)
        {
            return;
        }

        SelectCard(index);
        Play(index);
    }

    private void OnFloorSelected(int id)
    {
        if (mode == Mode.Turn && targeting)
        {
            target = id;
            message = TargetMessage();
            Render();
            return;
        }

        argument = id;
        subject = Subject.Argument;
        Render();
    }

    /// <summary>A click on an argument the selected card may be played on chooses it as the target.</summary>
    private void OnFloorClicked(int id)
    {
        if (mode != Mode.Turn || SelectedOption is not { } option || !option.Moves.Any(m => m.Target == id))
        {
            return;
        }

        targeting = true;
        target = id;
        subject = Subject.Card;
        message = TargetMessage();
        Floor.Select(id);
        Render();
    }

    private void OnFloorActivated(int id)
    {
        if (mode != Mode.Turn || SelectedOption is not { } option)
        {
            return;
        }

        if (option.Moves.FirstOrDefault(m => m.Target == id) is { } move)
        {
            Finish(move);
        }
    }

    /// <summary>Plays a card: a claim goes straight on; evidence and rebuttals ask which argument.</summary>
    private void Play(int index)
    {
        if (hand.IsEmpty || index < 0 || index >= hand.Length)
        {
            Say(Line.Of("Your hand is empty: press E to end your speech.", Tone.Warn));
            return;
        }

        var option = hand[index];
        if (!option.Playable)
        {
            Say(Line.Blank.Add($"Card {Number(option.Card.Id)} ({option.Card.Id}) cannot be played now: ", Tone.Bad).Add(option.WhyNot ?? string.Empty));
            return;
        }

        if (option.Card.Kind == CardKind.Claim)
        {
            Finish(option.Moves[0]);
            return;
        }

        targeting = true;
        var targets = TargetIds();
        target = argument >= 0 && targets.Contains(argument) ? argument : option.Moves[0].Target;
        subject = Subject.Card;
        message = TargetMessage();
        Render();
        if (target is int t)
        {
            Floor.Select(t);
        }

        Floor.SetFocus();
    }

    private void PlayOnTarget()
    {
        if (SelectedOption is not { } option || target is not int t)
        {
            return;
        }

        var move = option.Moves.FirstOrDefault(m => m.Target == t);
        if (move is null)
        {
            Say(Line.Of($"#{t} is not an argument this card can be played on.", Tone.Warn));
            return;
        }

        var rejection = Rules.Check(state!.Match, move);
        if (rejection is not null)
        {
            Say(Line.Of(rejection.Reason, Tone.Bad));
            return;
        }

        Finish(move);
    }

    private void CancelTargets()
    {
        targeting = false;
        target = null;
        message = null;
        Render();
        Hand.SetFocus();
    }

    private void Finish(GameMove move)
    {
        targeting = false;
        target = null;
        message = null;
        ClearDigit();
        turnDone?.TrySetResult(new TurnAction(move));
    }

    private async void EndSpeech()
    {
        var match = state!.Match;
        var playable = hand.Count(h => h.Playable);
        var end = GameMove.End(match.Speaker);
        if (playable > 0 && !await Window.Ask("End your speech",
                $"End your speech with {match.TimeLeft} unit{(match.TimeLeft == 1 ? string.Empty : "s")} of time left? You could still play {playable} card{(playable == 1 ? string.Empty : "s")}. Ending now: {Board.MoveOutcome.Sentence(match, end)}."))
        {
            return;
        }

        Finish(end);
    }

    private async void Leave()
    {
        if (await Window.Ask("Save and leave", "Leave the match? It is saved after every move: choose Resume in the main menu to carry on."))
        {
            ClearDigit();
            turnDone?.TrySetResult(TurnAction.Leave);
        }
    }

    private void Hint()
    {
        if (turn?.Hint is not { } hint)
        {
            Say(Line.Of("Hints are for practice against opponents; none in a hot-seat match.", Tone.Dim));
            return;
        }

        Page(new Page("Hint", [Line.Of("What the debater would play now, and why:", Tone.Strong), Line.Blank, Line.Of(hint() ?? "Nothing: end the speech.")], HelpTopic.Board));
    }

    private void Open()
    {
        var match = state!.Match;
        if (subject == Subject.Argument && match.ArgumentById(argument) is { } a)
        {
            Page(BoardPages.Card(match.Scenario, match.Scenario.Card(a.Card), match));
        }
        else if (targeting && target is int t && match.ArgumentById(t) is { } on)
        {
            Page(BoardPages.Card(match.Scenario, match.Scenario.Card(on.Card), match));
        }
        else if (SelectedOption is { } option)
        {
            Page(BoardPages.Card(match.Scenario, option.Card, match));
        }
    }

    private void NextPanel()
    {
        if (Hand.HasFocus && Hand.CanFocus)
        {
            Floor.SetFocus();
        }
        else if (Floor.HasFocus)
        {
            Detail.SetFocus();
        }
        else if (Hand.CanFocus)
        {
            Hand.SetFocus();
        }
        else
        {
            Floor.SetFocus();
        }
    }

    /// <summary>Pages open over the board and close back to it; the turn goes on underneath.</summary>
    private void Page(Page? page)
    {
        if (page is null)
        {
            Say(Line.Of("You play without a role sheet this time.", Tone.Dim));
            return;
        }

        var screen = new PageScreen(Window, page);
        screen.Closed += () => Window.Pop(screen);
        Window.Push(screen);
    }

    /// <summary>What playing the selected card on the chosen argument would do, in the rules' own preview.</summary>
    private Line TargetMessage()
    {
        var option = SelectedOption;
        var move = option?.Moves.FirstOrDefault(m => m.Target == target);
        if (option is null || move is null)
        {
            return Line.Of("Which argument? ↑↓ or its number picks one (marked ◆), Enter plays, Esc goes back.", Tone.Dim);
        }

        return Line.Blank.Add($"Enter plays card {Number(option.Card.Id)} on #{target}: ", Tone.Strong)
            .Add(Board.MoveOutcome.Sentence(state!.Match, move)).Add("  (↑↓ or # another; Esc back)", Tone.Dim);
    }

    /// <summary>The arguments the selected card may be played on now.</summary>
    private HashSet<int> TargetIds()
    {
        if (mode != Mode.Turn || SelectedOption is not { Playable: true } option)
        {
            return [];
        }

        return option.Moves.Where(m => m.Target is not null).Select(m => m.Target!.Value).ToHashSet();
    }

    /// <summary>Numbers the hand once a speech: a played card leaves a gap rather than shifting the others.</summary>
    private void NumberCards(int seat, int speech, ImmutableArray<HandOption> cards)
    {
        if (numberedFor != (seat, speech))
        {
            numbers.Clear();
            numberedFor = (seat, speech);
        }

        foreach (var option in cards)
        {
            if (!numbers.ContainsKey(option.Card.Id))
            {
                numbers[option.Card.Id] = numbers.Values.DefaultIfEmpty(0).Max() + 1;
            }
        }
    }
}
