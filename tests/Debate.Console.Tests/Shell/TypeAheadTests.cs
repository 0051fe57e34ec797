using Debate.Console.Play;
using NUnit.Framework;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace Debate.Console.Tests.Shell;

/// <summary>Keys typed faster than the screens appear go to the screen they were meant for.</summary>
public sealed class TypeAheadTests
{
    [Test]
    public void KeysTypedAhead_ReachEachScreenInTurn()
    {
        using var board = new BoardHarness();
        var plan = board.Start(c => new SetupFlow(c).Practice());

        foreach (var key in new[] { Key.Enter, new Key('A'), new Key('n'), new Key('a'), Key.Enter, new Key('2'), new Key('1') })
        {
            board.App.InjectKey(key);
        }

        board.Pump();
        Assert.That(board.Screen, Does.Contain("Practice: the seats"));
        board.Press("Enter");
        Assert.That(plan.Result!.Seats.Select(s => s.Name), Does.Contain("Ana"));
    }
}
