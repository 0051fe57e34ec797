using Debate.Console.Shell.Board;
using Debate.Console.Shell.Ui;
using Debate.Console.Shell.Decision;

namespace Debate.Console.Shell.Replay;

/// <summary>Steps through a recorded match on the full-screen board: a move at a time, or a speech at a time.</summary>
internal sealed class ReplayKeys(FullScreenUi ui)
{
    public void Run(ReplayTape tape)
    {
        ArgumentNullException.ThrowIfNull(tape);
        var screen = ui.Screen;
        var at = 0;
        var starts = tape.SpeechStarts();
        Line? note = tape.Problem is null ? null : Line.Of(tape.Problem, Tone.Bad);
        while (true)
        {
            var match = tape.States[at];
            var state = new BoardState(match, match.IsOver ? null : match.Speaker, [.. tape.Moves.Take(at)]);
            var hand = match.IsOver ? (System.Collections.Immutable.ImmutableArray<HandOption>?)null : HandOption.For(match, match.Speaker);
            var message = note ?? Describe(tape, at);
            var keys = screen.Width >= 100
                ? Frames.Keys(("Left/Right", "move"), ("Up/Down", "speech"), ("J", "jump"), ("F", "floor"), ("V", "verdict"), ("?", "help"), ("Q", "back"))
                : Frames.Keys(("Left/Right", "move"), ("Up/Down", "speech"), ("J", "jump"), ("V", "verdict"), ("Q", "back"));
            var view = new BoardView(state, hand, -1, null, 0, message, null, keys, "The debate is over: V shows the verdict.", $"REPLAY {at}/{tape.Moves.Count}");
            var key = screen.ReadKey(() => Frames.Render(BoardFrame.Compose(view, screen.Width, screen.Height, screen.Glyphs).Lines, screen.Width, screen.Glyphs));
            note = null;
            if (FullScreenUi.IsHelp(key))
            {
                ui.ShowHelp(HelpTopic.Replay);
                continue;
            }

            switch (key.Key)
            {
                case ConsoleKey.RightArrow or ConsoleKey.N or ConsoleKey.Spacebar:
                    at = Math.Min(tape.States.Count - 1, at + 1);
                    break;
                case ConsoleKey.LeftArrow or ConsoleKey.P or ConsoleKey.Backspace:
                    at = Math.Max(0, at - 1);
                    break;
                case ConsoleKey.DownArrow or ConsoleKey.PageDown:
                    at = starts.FirstOrDefault(s => s > at, tape.States.Count - 1);
                    break;
                case ConsoleKey.UpArrow or ConsoleKey.PageUp:
                    at = starts.LastOrDefault(s => s < at, 0);
                    break;
                case ConsoleKey.Home:
                    at = 0;
                    break;
                case ConsoleKey.End:
                    at = tape.States.Count - 1;
                    break;
                case ConsoleKey.J:
                    var speeches = match.Scenario.Speeches.Length;
                    var answer = ui.Ask(new Question("Jump to a speech", $"Speech number (1 to {speeches}):", HelpTopic.Replay,
                        Validate: a => int.TryParse(a, out var n) && n >= 1 && n <= speeches ? null : $"Type a number from 1 to {speeches}."));
                    if (answer is not null)
                    {
                        var n = int.Parse(answer, System.Globalization.CultureInfo.InvariantCulture) - 1;
                        var found = Enumerable.Range(0, tape.States.Count).Where(k => tape.States[k].SpeechIndex >= n).DefaultIfEmpty(tape.States.Count - 1).First();
                        at = found;
                        note = found < tape.States.Count && tape.States[found].SpeechIndex == n ? null : Line.Of("The record does not reach that speech; showing the nearest point.", Tone.Warn);
                    }

                    break;
                case ConsoleKey.F:
                    ui.Show(BoardPages.Floor(match));
                    break;
                case ConsoleKey.O when hand is { Length: > 0 } h:
                    ui.Show(BoardPages.Card(match.Scenario, h[0].Card, match));
                    break;
                case ConsoleKey.V:
                    if (tape.Last.IsOver)
                    {
                        ui.Show(VerdictPage.Build(tape.Last, ui.ArtWidth));
                    }
                    else
                    {
                        note = Line.Of("This match has not reached its verdict.", Tone.Warn);
                    }

                    break;
                case ConsoleKey.Q or ConsoleKey.Escape:
                    return;
            }
        }
    }

    public static Line Describe(ReplayTape tape, int at)
    {
        ArgumentNullException.ThrowIfNull(tape);
        if (at == 0)
        {
            return Line.Of($"The deal. {tape.Moves.Count} moves recorded: Right steps forward, Down jumps a speech.", Tone.Dim);
        }

        var m = tape.Moves[at - 1];
        var line = Line.Blank.Add($"Move {at}: ", Tone.Strong).Add(m.Text, Line.SideTone(m.Seat.Side));
        var after = string.Join(" ", m.Aftermath);
        return after.Length > 0 ? line.Add("  " + after, Tone.Dim) : line;
    }
}
