using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Debate.Console.Tests.Builders;
using Debate.Console.Tests.EndToEnd;
using NUnit.Framework;

namespace Debate.Console.Tests.Faults;

/// <summary>
/// One match, one writer, with two real shells (each the real executable in its own tmux
/// pseudo-terminal) on one save folder: the first carries a saved match on; the second, resuming
/// the same save, is told which process has it and may only watch or leave, and writes nothing;
/// when the first is killed mid-match, the second takes the match over with every move the first
/// made.
/// </summary>
[NonParallelizable]
public sealed class TwoShellsTests : ShellInTmuxFixture
{
    private string Saves => Path.Combine(Home, "saves");

    [Test]
    public void SecondShell_ResumingASaveTheFirstHas_NamesTheHolder_WatchesOrLeaves_AndLosesNothing()
    {
        var save = SaveWithOneMove();

        // The first shell carries the match on and ends the speech (the opponent then speaks).
        using var first = new TmuxTerminal(ShellCommand(), 80, 24);
        OpenResume(first);
        first.Keys("Enter");
        first.WaitFor("Carry on this match");
        first.Keys("1");
        first.WaitFor("HAND OF YOU");
        var firstPid = Debate(first.PanePid);
        EndSpeech(first, save);
        // The opponent may answer at once; wait until the first shell waits for its player.
        var bytesBefore = WhenSettled(save);
        var afterFirst = Moves(save);

        // The second shell on the same save: the list marks it, and choosing it names the first shell's process.
        using var second = new TmuxTerminal(ShellCommand(), 80, 24);
        OpenResume(second);
        second.WaitFor("(open in");
        second.Keys("Enter");
        second.WaitFor("only that window may play it");
        Assert.That(Flat(second.Screen), Does.Contain($"open in another window (process {firstPid.ToString(CultureInfo.InvariantCulture)},"));
        Assert.That(second.Screen, Does.Contain("Watch it").And.Contain("Leave it").And.Not.Contain("Carry on this match").And.Not.Contain("Delete this save"));

        // Watching is a read-only replay with the hands hidden.
        second.Keys("1");
        second.WaitFor("HANDS HIDDEN");
        Assert.That(second.Screen, Does.Contain("REPLAY"));
        second.Keys("Escape");
        second.WaitFor("Resume a match");
        second.Keys("Enter");
        second.WaitFor("Leave it");
        second.Keys("2");
        second.WaitFor("Resume a match");
        Assert.That(File.ReadAllBytes(save), Is.EqualTo(bytesBefore), "the second shell changed the save");

        // The first shell dies without a word (kill -9): its lock names a process that is gone, so the
        // second takes the match over, with both of the first shell's moves.
        Process.GetProcessById(firstPid).Kill();
        first.WaitFor("EXITED 137");
        second.Keys("Escape");
        second.WaitFor("Practice against an opponent");
        second.Keys("3");
        second.WaitFor("Resume a match");
        Assert.That(second.Screen, Does.Not.Contain("(open in"));
        second.Keys("Enter");
        second.WaitFor("Carry on this match");
        second.Keys("1");
        second.WaitFor("HAND OF YOU", "End your speech with", "is thinking");
        Assert.That(File.ReadAllText(SaveLockPath(save)), Does.StartWith($"{Debate(second.PanePid).ToString(CultureInfo.InvariantCulture)}\n"));
        second.Keys("q");
        second.WaitFor("Leave the match?");
        second.Keys("y");
        second.WaitFor("Practice against an opponent");
        second.Keys("8");
        second.WaitFor("EXITED 0");

        var moves = Moves(save);
        Assert.That(moves, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(moves.Take(afterFirst.Count), Is.EqualTo(afterFirst), "a move the first shell made is gone");
        Assert.That(File.Exists(SaveLockPath(save)), Is.False, "the lock outlived the shell that held it");
        Assert.That(Directory.GetFiles(Saves, "*.tmp*", SearchOption.AllDirectories), Is.Empty);
        var verify = Cli.Run(Home, Home, "replay", save, "--verify");
        Assert.That(verify.Code, Is.Zero, verify.Err);
    }

    private static string SaveLockPath(string save) => save + ".lock";

    /// <summary>The screen's lines joined, so a sentence wrapped at 80 columns reads whole.</summary>
    private static string Flat(string screen) => string.Join(' ', screen.Split('\n').Select(l => l.Trim()));

    private static void OpenResume(TmuxTerminal term)
    {
        term.WaitFor("Practice against an opponent");
        term.Keys("3");
        term.WaitFor("Resume a match");
    }

    /// <summary>
    /// Ends the speech on the board: always a legal move, whatever the deal (the practice match's
    /// seed is random), confirmed when cards could still be played; returns once it is saved.
    /// </summary>
    private static void EndSpeech(TmuxTerminal term, string save)
    {
        var before = File.Exists(save) ? Moves(save).Count : 0;
        term.Keys("e");
        var confirmed = false;
        var until = DateTime.UtcNow.AddSeconds(45);
        while (DateTime.UtcNow < until)
        {
            if (!confirmed && term.Screen.Contains("End your speech with", StringComparison.Ordinal))
            {
                term.Keys("y");
                confirmed = true;
            }

            try
            {
                if (Moves(save).Count > before)
                {
                    return;
                }
            }
            catch (IOException)
            {
                // Between the rename of one write and the next: read again.
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"The speech never ended in {save}. The screen:\n{term.Screen}");
    }

    /// <summary>Each move of the save as its JSON text, in order.</summary>
    private static List<string> Moves(string save)
    {
        using var record = JsonDocument.Parse(File.ReadAllText(save));
        return [.. record.RootElement.GetProperty("moves").EnumerateArray().Select(m => m.GetRawText())];
    }

    /// <summary>The save's bytes once they have not changed for three seconds.</summary>
    private static byte[] WhenSettled(string save)
    {
        var bytes = File.ReadAllBytes(save);
        var since = DateTime.UtcNow;
        while (DateTime.UtcNow - since < TimeSpan.FromSeconds(3))
        {
            Thread.Sleep(200);
            var now = File.ReadAllBytes(save);
            if (!now.AsSpan().SequenceEqual(bytes))
            {
                (bytes, since) = (now, DateTime.UtcNow);
            }
        }

        return bytes;
    }

    /// <summary>The dotnet process under a pane's shell.</summary>
    private static int Debate(int shell)
    {
        var id = shell.ToString(CultureInfo.InvariantCulture);
        var children = Path.Combine("/proc", id, "task", id, "children");
        for (var i = 0; i < 100; i++)
        {
            var text = File.Exists(children) ? File.ReadAllText(children).Trim() : string.Empty;
            if (text.Length > 0)
            {
                return int.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException("debate's process was not found under the pane's shell.");
    }

    /// <summary>A practice match with one card played, left from the board (it is saved after every move).</summary>
    private string SaveWithOneMove()
    {
        using var term = new TmuxTerminal(ShellCommand(), 80, 24);
        StartPractice(term);
        var save = Path.Combine(Saves, WaitForSave());
        EndSpeech(term, save);
        WhenSettled(save);
        term.Keys("q");
        term.WaitFor("Leave the match?");
        term.Keys("y");
        term.WaitFor("Practice against an opponent");
        term.Keys("8");
        term.WaitFor("EXITED 0");
        Assert.That(File.Exists(SaveLockPath(save)), Is.False);
        return save;
    }

    private string WaitForSave()
    {
        for (var i = 0; i < 450; i++)
        {
            if (Directory.Exists(Saves) && Directory.GetFiles(Saves, "*.json") is [var only])
            {
                return Path.GetFileName(only);
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"No save appeared in {Saves}.");
    }
}
