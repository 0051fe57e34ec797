using System.Globalization;
using Debate.Console.Pages;
using Debate.Console.Play;

namespace Debate.Console.Plain;

/// <summary>Steps through a recorded match in the plain mode, one typed command at a time.</summary>
internal sealed class PlainReplay(PlainUi ui)
{
    public void Run(ReplayTape tape)
    {
        ArgumentNullException.ThrowIfNull(tape);
        var at = 0;
        ui.Heading(tape.Title);
        if (tape.Problem is not null)
        {
            ui.Say(tape.Problem);
        }

        while (true)
        {
            ui.Say(ReplayText.Describe(tape, at).Text);
            var answer = ui.Read("n next, p previous, s N speech N, b board, v verdict, q leave: ");
            var parts = answer.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            switch (parts.Length == 0 ? "n" : parts[0].ToUpperInvariant())
            {
                case "N":
                    at = Math.Min(tape.States.Count - 1, at + 1);
                    break;
                case "P":
                    at = Math.Max(0, at - 1);
                    break;
                case "S" when parts.Length > 1 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n):
                    at = Enumerable.Range(0, tape.States.Count).Where(k => tape.States[k].SpeechIndex >= n - 1).DefaultIfEmpty(tape.States.Count - 1).First();
                    break;
                case "B":
                    ui.Say(PlainBoard.Header(tape.States[at]));
                    ui.Say(PlainBoard.Floor(tape.States[at]));
                    break;
                case "V":
                    if (tape.Last.IsOver)
                    {
                        ui.ShowNow(VerdictPage.Build(tape.Last));
                    }
                    else
                    {
                        ui.Say("This match has not reached its verdict.");
                    }

                    break;
                case "Q":
                    return;
                default:
                    ui.Say("Type n, p, s and a number, b, v or q.");
                    break;
            }
        }
    }
}
