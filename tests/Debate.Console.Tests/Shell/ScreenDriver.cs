using Debate.Console.Play;
using Debate.Console.Shell.Screens;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Tests.Shell;

/// <summary>Plays through screens the way a patient player would: reading role sheets, taking the keyboard, ending speeches.</summary>
internal static class ScreenDriver
{
    /// <summary>Ends every human speech (by keys) until the verdict page is up; returns the screens seen on the way.</summary>
    public static List<string> EndEverySpeech(BoardHarness board, Task flow, int limit = 200)
    {
        var seen = new List<string>();
        for (var i = 0; i < limit && !flow.IsCompleted; i++)
        {
            var screen = board.Screen;
            seen.Add(screen);
            if (screen.Contains("VERDICT", StringComparison.Ordinal) && board.Window.Current is PageScreen)
            {
                return seen;
            }

            if (board.Window.Current is HandOffScreen || board.Window.Current is PageScreen)
            {
                board.Press("Enter");
            }
            else if (board.Window.Current is BoardScreen { AwaitingMove: true })
            {
                board.Press("e");
                if (board.Screen.Contains("End your speech", StringComparison.Ordinal))
                {
                    board.Press("y");
                }
            }
            else
            {
                throw new InvalidOperationException($"Stuck on a screen the driver does not know:\n{screen}");
            }
        }

        return seen;
    }

    internal static MatchPlan Plan(BoardHarness board, params (string Name, Side Side, string Controller)[] seats) => Plan(board, 7UL, seats);

    internal static MatchPlan Plan(BoardHarness board, ulong seed, params (string Name, Side Side, string Controller)[] seats) =>
        new(board.Scenario, "test:sample", [.. seats.Select(s => new SeatSpec(s.Name, s.Side, s.Controller))], seed);

    /// <summary>A seed whose deal gives the first Alliance seat a card of <paramref name="kind"/>, and where it sits in the hand.</summary>
    internal static (ulong Seed, int Index) SeedWhereAllianceHolds(Scenario scenario, CardKind kind, Func<HandOption, bool>? also = null)
    {
        for (var seed = 1UL; ; seed++)
        {
            var match = MatchSetup.Start(scenario, [new("A", Side.Alliance), new("P", Side.Partnership)], seed);
            var hand = HandOption.For(match, 0);
            var index = hand.ToList().FindIndex(h => h.Card.Kind == kind && (also?.Invoke(h) ?? true));
            if (index >= 0)
            {
                return (seed, index);
            }
        }
    }
}
