using System.Text;
using Debate.Core.Text;

namespace Debate.Console.Verbs;

/// <summary>
/// Standard output or error as the verbs see it: every text passes <see cref="VisibleText.Block"/>
/// on its way out (the last guard: each verb already sanitises the names it prints), and a write
/// that fails because the reader went away or the disk is full becomes an
/// <see cref="OutputClosedException"/> that the entry point ends quietly on.
/// </summary>
internal sealed class VisibleWriter(TextWriter inner, string streamName) : TextWriter
{
    private char pendingHigh;

    public TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    public override void Write(char value)
    {
        if (char.IsHighSurrogate(value))
        {
            pendingHigh = value;
            return;
        }

        if (pendingHigh != default)
        {
            var pair = new string([pendingHigh, value]);
            pendingHigh = default;
            Pass(pair);
            return;
        }

        Pass(value.ToString());
    }

    public override void Write(string? value) => Pass(value);

    public override void Write(char[] buffer, int index, int count) => Pass(new string(buffer, index, count));

    public override void WriteLine(string? value) => Pass((value ?? string.Empty) + "\n");

    public override void WriteLine() => Pass("\n");

    public override void Flush() => Guard(Inner.Flush);

    private void Pass(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var visible = VisibleText.Block(value);
        Guard(() => Inner.Write(visible));
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException ex)
        {
            throw new OutputClosedException(streamName, ex);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or UnauthorizedAccessException)
        {
            // A closed descriptor (`>&-`): .NET reports it as access denied.
            throw new OutputClosedException(streamName, ex);
        }
    }
}
