using System.Collections.Immutable;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>
/// Lays the floor out as a judge's flow. Arguments are placed in the order they were made, so every
/// answer comes after what it answers and lands on its row, to the right; a second answer in the
/// same speech takes a new row just below the rows that already answer the same argument.
/// </summary>
internal static class FlowGrid
{
    public static Flow Of(MatchFacts facts)
    {
        var match = facts.Match;
        var columns = Enumerable.Range(0, facts.SpeechesGiven).Select(i =>
        {
            var slot = match.Scenario.Speeches[i];
            var seat = match.SpeakerBySpeech[i];
            return new FlowColumn(i, slot.Title, slot.Speech.Side, seat, match.Seats[seat].Name, facts.NewsBySpeech.GetValueOrDefault(i)?.Tag);
        }).ToImmutableArray();

        var rows = new List<(int?[] Cells, int Owner)>();
        foreach (var a in match.Floor)
        {
            var targetRow = a.Target is int t ? rows.FindIndex(r => r.Cells.Contains(t)) : -1;
            if (targetRow < 0)
            {
                rows.Add((Row(columns.Length, a.Speech, a.Id), a.Id));
                continue;
            }

            var row = targetRow;
            while (row < rows.Count && (row == targetRow || rows[row].Owner == a.Target) && rows[row].Cells[a.Speech] is not null)
            {
                row++;
            }

            if (row < rows.Count && (row == targetRow || rows[row].Owner == a.Target))
            {
                rows[row].Cells[a.Speech] = a.Id;
            }
            else
            {
                rows.Insert(row, (Row(columns.Length, a.Speech, a.Id), a.Target!.Value));
            }
        }

        return new Flow(columns, [.. rows.Select(r => new FlowRow([.. r.Cells]))]);
    }

    private static int?[] Row(int width, int column, int id)
    {
        var cells = new int?[width];
        cells[column] = id;
        return cells;
    }
}
