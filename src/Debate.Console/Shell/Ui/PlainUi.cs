using System.Text;
using Debate.Console.Shell.Board;
using Debate.Console.Shell.Help;
using Debate.Console.Shell.Play;
using Debate.Console.Shell.Replay;
using Spectre.Console;

namespace Debate.Console.Shell.Ui;

/// <summary>
/// The linear face of the shell for screen readers and simple terminals: no colour, no box
/// drawing, no cursor tricks; one item a line, numbered choices, answers typed and ended with Enter.
/// </summary>
// The VisibleWriter field wraps the console's writer, which the console owns and outlives this face.
#pragma warning disable CA1001
internal sealed class PlainUi(IAnsiConsole console) : IShellUi
#pragma warning restore CA1001
{
    // Everything said passes VisibleText (names and scenario text may hold escapes); only the
    // backspace echo goes to the terminal as it is.
    private readonly TextWriter output = new Verbs.VisibleWriter(console.Profile.Out.Writer, "the terminal");
    private readonly TextWriter echo = console.Profile.Out.Writer;

    public int? ArtWidth => null;

    public int? Choose(Choice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        Heading(choice.Title);
        Say(choice.Intro ?? []);
        for (var i = 0; i < choice.Items.Count; i++)
        {
            var item = choice.Items[i];
            var detail = item.Detail is null ? string.Empty : $" ({item.Detail})";
            var off = item.Disabled is null ? string.Empty : " [not available]";
            output.WriteLine($"{i + 1}. {item.Label}{detail}{off}");
        }

        while (true)
        {
            var answer = Read($"Type a number from 1 to {choice.Items.Count} and press Enter (b to go back, ? for help): ");
            if (answer is null || answer is "b" or "q" or "back" or "quit")
            {
                return null;
            }

            if (answer == "?")
            {
                Show(HelpText.For(choice.Help, plain: true));
                continue;
            }

            if (int.TryParse(answer, out var n) && n >= 1 && n <= choice.Items.Count)
            {
                if (choice.Items[n - 1].Disabled is { } why)
                {
                    output.WriteLine(why);
                    continue;
                }

                return n - 1;
            }

            output.WriteLine($"Please type a number from 1 to {choice.Items.Count}.");
        }
    }

    public string? Ask(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        Heading(question.Title);
        Say(question.Intro ?? []);
        while (true)
        {
            var hint = question.Default is null ? string.Empty : $" (Enter for {question.Default})";
            var answer = Read($"{question.Prompt}{hint} ");
            if (answer is null)
            {
                return null;
            }

            if (answer == "?")
            {
                Show(HelpText.For(question.Help, plain: true));
                continue;
            }

            answer = answer.Length == 0 && question.Default is not null ? question.Default : answer;
            var problem = question.Validate?.Invoke(answer);
            if (problem is null)
            {
                return answer;
            }

            output.WriteLine(problem);
        }
    }

    public bool Confirm(string title, string question, HelpTopic help)
    {
        while (true)
        {
            var answer = Read($"{question} Type y or n: ")?.ToUpperInvariant();
            if (answer is "Y" or "YES")
            {
                return true;
            }

            if (answer is null or "N" or "NO")
            {
                return false;
            }
        }
    }

    public void Show(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Heading(page.Title);
        Say(page.Lines);
        Read("End of page. Press Enter to continue. ");
    }

    public bool HandOff(HandOffNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        Heading($"Pass the keyboard to {note.Name} ({note.Side})");
        output.WriteLine($"{note.Purpose}. Everyone else, please look away.");
        // A linear transcript cannot take back what it printed: say so rather than promise privacy.
        output.WriteLine("Plain mode cannot hide earlier hands: they stay in the terminal's scrollback. For hands hidden between players, play on the full-screen board (without --plain).");
        var answer = Read($"{note.Name}, press Enter when you are ready (q to save and leave): ");
        return answer is not ("q" or "quit") || !Confirm("Save and leave", "Leave the match? It is saved; choose Resume in the main menu to carry on.", HelpTopic.HandOff);
    }

    public TurnAction Turn(TurnContext turn) => new PlainTurn(this).Run(turn);

    public void Watch(BoardState state, string note) => output.WriteLine(note);

    public void Played(BoardState state, PlayedMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        output.WriteLine($"Move {move.Number}. {move.Text}" + (move.Reason is null ? string.Empty : $" Reason: {move.Reason}"));
        foreach (var a in move.Aftermath)
        {
            output.WriteLine(a);
        }
    }

    public void Replay(ReplayTape tape) => new PlainReplay(this).Run(tape);

    public void Heading(string title)
    {
        output.WriteLine();
        output.WriteLine($"== {title} ==");
    }

    public void Say(IEnumerable<Line> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            output.WriteLine(line.Text);
        }
    }

    public void Say(string text) => output.WriteLine(text);

    /// <summary>Reads a line typed at the keyboard, echoing it; null when input ends or Esc is pressed.</summary>
    public string? Read(string prompt)
    {
        output.Write(prompt);
        output.Flush();
        var sb = new StringBuilder();
        while (true)
        {
            var key = console.Input.ReadKey(intercept: true);
            if (key is null)
            {
                continue;
            }

            var k = key.Value;
            switch (k.Key)
            {
                case ConsoleKey.Enter:
                    output.WriteLine();
                    return sb.ToString().Trim();
                case ConsoleKey.Escape:
                    output.WriteLine();
                    return null;
                case ConsoleKey.Backspace:
                    if (sb.Length > 0)
                    {
                        sb.Length--;
                        output.Flush();
                        echo.Write("\b \b");
                    }

                    break;
                default:
                    if (!char.IsControl(k.KeyChar) && k.KeyChar != '\0')
                    {
                        sb.Append(k.KeyChar);
                        output.Write(k.KeyChar);
                    }

                    break;
            }

            output.Flush();
        }
    }
}
