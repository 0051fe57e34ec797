using Debate.Console.Play;

namespace Debate.Console.Pages;

/// <summary>What a replay says about the point it stands at: the deal, or the move just replayed and what followed.</summary>
internal static class ReplayText
{
    public static Line Describe(ReplayTape tape, int at)
    {
        ArgumentNullException.ThrowIfNull(tape);
        if (at == 0)
        {
            return Line.Of($"The deal. {tape.Moves.Count} moves recorded: Right steps forward, Down jumps a speech.", Tone.Dim);
        }

        var m = tape.Moves[at - 1];
        var line = Line.Blank.Add($"Move {at}: ", Tone.Strong).Add(m.Text, Line.SideTone(m.Seat.Side));
        if (m.Reason is not null)
        {
            line = line.Add($"  \"{m.Reason}\"", Tone.Dim);
        }

        var after = string.Join(" ", m.Aftermath);
        return after.Length > 0 ? line.Add("  " + after, Tone.Dim) : line;
    }
}
