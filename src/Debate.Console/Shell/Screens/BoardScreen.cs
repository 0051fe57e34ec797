using System.Collections.Immutable;
using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Board;
using Debate.Console.Shell.Keys;
using Debate.Console.Shell.Views;
using Debate.Core.Content;
using Debate.Core.Play;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Debate.Console.Shell.Screens;

/// <summary>
/// The board. The flow pushes the match into it (a human's turn, an opponent's move, a replay) and
/// it shows the header, the floor as threads, the room, the hand or the move just made, the reading
/// panel and the last moves, laid out for the screen's size. Only a human's own turn shows a hand.
/// </summary>
internal sealed partial class BoardScreen : Screen
{
    private readonly LinesView header;
    private readonly Panel floorPanel;
    private readonly Panel handPanel;
    private readonly Panel audiencePanel;
    private readonly Panel detailPanel;
    private readonly LinesView bottom;

    private BoardState? state;
    private Mode mode;
    private Line? message;
    private Subject subject;
    private int argument = -1;

    public BoardScreen(ShellWindow window)
        : base(window)
    {
        header = NewLines(wrap: false);
        header.CanFocus = false;
        header.ItemClicked += item =>
        {
            if (item == HeaderRows.NewsItem)
            {
                ShowSubject(Subject.News);
            }
        };
        floorPanel = new Panel(() => Theme, NewLines(wrap: false, selectable: true));
        handPanel = new Panel(() => Theme, NewLines(wrap: false, selectable: true));
        audiencePanel = new Panel(() => Theme, NewLines(wrap: false));
        audiencePanel.Body.CanFocus = false;
        detailPanel = new Panel(() => Theme, NewLines(hang: 0));
        bottom = NewLines(hang: 4);
        bottom.CanFocus = false;
        Add(header, floorPanel, handPanel, audiencePanel, detailPanel, bottom);
        Floor.SelectionChanged += OnFloorSelected;
        Floor.ItemClicked += OnFloorClicked;
        Floor.ItemActivated += OnFloorActivated;
        Hand.SelectionChanged += OnCardSelected;
        Hand.ItemActivated += OnCardActivated;
    }

    private enum Mode
    {
        Turn,
        Watch,
        Replay,
    }

    /// <summary>What the reading panel shows.</summary>
    private enum Subject
    {
        Card,
        Argument,
        News,
        Spotlight,
    }

    public override HelpTopic Help => mode switch
    {
        Mode.Turn => targeting ? HelpTopic.Targets : HelpTopic.Board,
        Mode.Replay => HelpTopic.Replay,
        _ => HelpTopic.Opponent,
    };

    public override IReadOnlyList<ShellCommand> Commands => mode switch
    {
        Mode.Turn => TurnCommands(),
        Mode.Replay => ReplayCommands(),
        _ => WatchCommands(),
    };

    /// <summary>Whether a human's turn is waiting for a move.</summary>
    public bool AwaitingMove => mode == Mode.Turn && turnDone is { Task.IsCompleted: false };

    /// <summary>The floor's rows, for tests and the reading panel.</summary>
    public LinesView Floor => floorPanel.Body;

    public LinesView Hand => handPanel.Body;

    public LinesView Detail => detailPanel.Body;

    public override void Shown()
    {
        if (mode == Mode.Turn)
        {
            (targeting ? Floor : Hand).SetFocus();
        }
        else
        {
            Floor.SetFocus();
        }
    }

    protected override void OnSubViewLayout(LayoutEventArgs args)
    {
        if (state is not null)
        {
            Arrange();
        }

        base.OnSubViewLayout(args);
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        // The rule between the two columns.
        var x = floorPanel.Frame.Right;
        SetAttribute(Theme[Tone.Dim]);
        for (var y = floorPanel.Frame.Top; y < handPanel.Frame.Bottom; y++)
        {
            Move(x, y);
            AddStr("│");
        }

        return true;
    }

    protected override bool OnKeyDown(Key key) => mode switch
    {
        Mode.Turn => TurnKey(key),
        Mode.Watch => WatchKey(key),
        _ => ReplayKey(key),
    };

    /// <summary>Rebuilds every panel from the state and lays the board out for the screen's size.</summary>
    private void Render()
    {
        Arrange();
        Changed();
    }

    private void Arrange()
    {
        if (state is null)
        {
            return;
        }

        var match = state.Match;
        var width = Math.Max(40, Viewport.Width);
        var height = Math.Max(10, Viewport.Height);
        var roomy = height >= 30;
        var headerRows = HeaderRows.Of(match, ReplayTitle(), roomy, width);
        header.SetRows(headerRows);
        var bottomRows = BottomRows(width);
        var logRows = height >= 40 ? 4 : height >= 30 ? 3 : 1;
        var bottomHeight = message is null ? logRows : Math.Max(logRows, TextFit.Wrap(message, width, 4).Count);
        var handWanted = mode == Mode.Turn || mode == Mode.Replay && replayHand.Length > 0 ? Math.Max(1, CurrentHand.Length) : 6;
        var layout = BoardLayout.For(width, height, headerRows.Count, match.Scenario.Blocs.Length, handWanted, bottomHeight);
        Place(header, layout.Header);
        Place(floorPanel, layout.Floor);
        Place(handPanel, layout.Hand);
        Place(audiencePanel, layout.Audience);
        Place(detailPanel, layout.Detail);
        Place(bottom, layout.Bottom);

        floorPanel.Heading = Line.Blank.Add("FLOOR", Tone.Heading)
            .Add(layout.Floor.Width >= 60 ? "  ✔ stands ✘ defeated ? undecided + evidence · #, side, strength, card" : "  ✔ stands ✘ defeated ? undecided", Tone.Dim);
        Floor.SetRows(FloorRows.Of(match, TargetIds()));
        Floor.Choosable = targeting ? TargetIds() : null;
        audiencePanel.Heading = AudienceRows.Heading(layout.Audience.Width);
        audiencePanel.Body.SetRows(AudienceRows.Of(match, layout.Audience.Width));
        ArrangeLower(layout);
        bottom.SetRows(bottomRows);
        SetNeedsDraw();
    }

    private void ArrangeLower(BoardLayout layout)
    {
        var match = state!.Match;
        if (mode == Mode.Turn || (mode == Mode.Replay && replayHand.Length > 0))
        {
            var owner = match.Seats[mode == Mode.Turn ? match.Speaker : replaySeat].Name;
            handPanel.Heading = HandRows.Heading(owner, CurrentHand.Length, layout.Hand.Width < 70);
            Hand.SetRows(HandRows.Of(CurrentHand, numbers, HandRows.ThemeCodes(match.Scenario, shorten: layout.Hand.Width < 90)));
            Hand.CanFocus = true;
        }
        else
        {
            handPanel.Heading = Line.Blank.Add(HiddenHeading(), Tone.Heading);
            Hand.SetRows(spotlightRows);
            Hand.CanFocus = false;
        }

        detailPanel.Heading = DetailHeading(layout.Detail.Width);
        Detail.SetRows(DetailRowsNow(), keepScroll: false);
    }

    private List<Row> DetailRowsNow()
    {
        var match = state!.Match;
        switch (subject)
        {
            case Subject.Argument when match.ArgumentById(argument) is not null:
                return DetailRows.Argument(match, argument, state.Log);
            case Subject.News:
                return DetailRows.News(match, state.Log);
            case Subject.Spotlight when spotlight is not null:
                return DetailRows.Spotlight(spotlight);
            case Subject.Card when SelectedOption is { } option:
                return DetailRows.Card(match, option, Number(option.Card.Id), targeting ? target : null);
            default:
                return [Row.Of(Line.Of("Click or select a card or an argument to read it here in full.", Tone.Dim))];
        }
    }

    private Line DetailHeading(int width) => subject switch
    {
        Subject.Argument => Line.Blank.Add($"ARGUMENT #{argument}", Tone.Heading),
        Subject.News => Line.Blank.Add("NEWS IN FULL", Tone.Heading),
        Subject.Spotlight => Line.Blank.Add("JUST NOW", Tone.Heading),
        _ => Line.Blank.Add(targeting ? "PLAY IT ON WHICH ARGUMENT?" : "CARD", Tone.Heading).Add(width >= 40 ? "  (↑↓ in here: Tab)" : string.Empty, Tone.Dim),
    };

    private List<Row> BottomRows(int width)
    {
        if (message is not null)
        {
            return [Row.Of(message)];
        }

        var log = state!.Log;
        if (log.Count == 0)
        {
            return [Row.Of(Line.Of("No moves yet.", Tone.Dim))];
        }

        var count = Viewport.Height >= 40 ? 4 : Viewport.Height >= 30 ? 3 : 1;
        return [.. log.Skip(Math.Max(0, log.Count - count)).Select(m => Row.Of(LogLine(m)))];
    }

    private static Line LogLine(PlayedMove m)
    {
        var line = Line.Blank.Add($"{m.Number}. ", Tone.Dim).Add(m.Text, Line.SideTone(m.Seat.Side));
        return m.Reason is null ? line : line.Add($"  \"{m.Reason}\"", Tone.Dim);
    }

    private void ShowSubject(Subject value)
    {
        subject = value;
        Render();
    }

    private void Say(Line? line)
    {
        message = line;
        Render();
    }

    private static void Place(View view, System.Drawing.Rectangle r)
    {
        view.X = r.X;
        view.Y = r.Y;
        view.Width = Math.Max(0, r.Width);
        view.Height = Math.Max(0, r.Height);
    }

    private int Number(CardId id) => numbers.TryGetValue(id, out var n) ? n : 0;

    private ImmutableArray<HandOption> CurrentHand => mode == Mode.Replay ? replayHand : hand;

    private HandOption? SelectedOption => cardIndex >= 0 && cardIndex < CurrentHand.Length ? CurrentHand[cardIndex] : null;
}
