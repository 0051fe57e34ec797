using Debate.Console.Pages;
using Debate.Console.Play;

namespace Debate.Console.Plain;

/// <summary>
/// The linear face of the shell for screen readers and simple terminals: no colour, no box
/// drawing, no cursor tricks; one item a line, numbered choices, answers typed and ended with Enter.
/// It reads and writes plain text only, so every answer is ready at once.
/// </summary>
// The VisibleWriter wraps the terminal's writer, which its owner keeps and outlives this face.
#pragma warning disable CA1001
internal sealed class PlainUi(TextReader input, TextWriter terminal) : IShellUi
#pragma warning restore CA1001
{
    private readonly PlainTurn turns = new();

    // Everything said passes VisibleText on its way out: names and scenario text may hold escapes.
    private readonly Verbs.VisibleWriter output = new(terminal, "the terminal");

    public TextWriter Output => output;

    public Task<int?> Choose(Choice choice)
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
            if (answer is "b" or "q" or "back" or "quit")
            {
                return Task.FromResult<int?>(null);
            }

            if (answer == "?")
            {
                ShowNow(HelpText.For(choice.Help, plain: true));
                continue;
            }

            if (int.TryParse(answer, out var n) && n >= 1 && n <= choice.Items.Count)
            {
                if (choice.Items[n - 1].Disabled is { } why)
                {
                    output.WriteLine(why);
                    continue;
                }

                return Task.FromResult<int?>(n - 1);
            }

            output.WriteLine($"Please type a number from 1 to {choice.Items.Count}.");
        }
    }

    public Task<string?> Ask(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        Heading(question.Title);
        Say(question.Intro ?? []);
        while (true)
        {
            var hint = question.Default is null ? string.Empty : $" (Enter for {question.Default})";
            var answer = Read($"{question.Prompt}{hint} ");
            if (answer is "b" && question.Default is not "b")
            {
                return Task.FromResult<string?>(null);
            }

            if (answer == "?")
            {
                ShowNow(HelpText.For(question.Help, plain: true));
                continue;
            }

            answer = answer.Length == 0 && question.Default is not null ? question.Default : answer;
            var problem = question.Validate?.Invoke(answer);
            if (problem is null)
            {
                return Task.FromResult<string?>(answer);
            }

            output.WriteLine(problem);
        }
    }

    public Task<bool> Confirm(string title, string question, HelpTopic help) => Task.FromResult(ConfirmNow(question));

    public Task Show(Page page)
    {
        ShowNow(page);
        return Task.CompletedTask;
    }

    public Task<bool> HandOff(HandOffNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        Heading($"Pass the keyboard to {note.Name} ({note.Side})");
        output.WriteLine($"{note.Purpose}. Everyone else, please look away.");
        // A linear transcript cannot take back what it printed: say so rather than promise privacy.
        output.WriteLine("Plain mode cannot hide earlier hands: they stay in the terminal's scrollback. For hands hidden between players, play on the full-screen board (without --plain).");
        var answer = Read($"{note.Name}, press Enter when you are ready (q to save and leave): ");
        var stays = answer is not ("q" or "quit") || !ConfirmNow("Leave the match? It is saved; choose Resume in the main menu to carry on.");
        return Task.FromResult(stays);
    }

    public Task<TurnAction> Turn(TurnContext turn) => Task.FromResult(turns.Run(this, turn));

    public Task Watch(BoardState state, string note)
    {
        output.WriteLine(note);
        return Task.CompletedTask;
    }

    public Task<T> Think<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Task.FromResult(work());
    }

    public Task Played(BoardState state, PlayedMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        output.WriteLine($"Move {move.Number}. {move.Text}" + (move.Reason is null ? string.Empty : $" Reason: {move.Reason}"));
        foreach (var a in move.Aftermath)
        {
            output.WriteLine(a);
        }

        turns.Seen(move.Number);
        return Task.CompletedTask;
    }

    public Task Replay(ReplayTape tape)
    {
        new PlainReplay(this).Run(tape);
        return Task.CompletedTask;
    }

    public void Apply(ShellSettings settings)
    {
        // Plain text has no look to change; the pace does not apply to a transcript.
    }

    public void ShowNow(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Heading(page.Title);
        Say(page.Lines);
        Read("End of page. Press Enter to continue. ");
    }

    public bool ConfirmNow(string question)
    {
        while (true)
        {
            var answer = Read($"{question} Type y or n: ").ToUpperInvariant();
            if (answer is "Y" or "YES")
            {
                return true;
            }

            if (answer is "N" or "NO")
            {
                return false;
            }
        }
    }

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

    /// <summary>Reads a line typed at the keyboard; when input ends (Ctrl+D) the session ends, every completed move saved.</summary>
    public string Read(string prompt)
    {
        output.Write(prompt);
        output.Flush();
        var line = input.ReadLine();
        if (line is null)
        {
            output.WriteLine();
            throw new InputEndedException();
        }

        return line.Trim();
    }
}
