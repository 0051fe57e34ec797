using System.Globalization;
using Debate.Console.Saves;
using Debate.Core.Content;

namespace Debate.Console.Play;

/// <summary>
/// How Resume and Replay name a save so that two of them can be told apart: the scenario, who
/// plays whom, how far it got and when it was last played.
/// </summary>
internal static class SaveLabel
{
    public static string Of(SavedMatch saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        if (saved.Record is not { } record)
        {
            return $"{Path.GetFileName(saved.Path)} (cannot be read)";
        }

        var sides = new[] { Side.Alliance, Side.Partnership }.Select(side => string.Join(" & ",
            record.Seats.Where(s => s.Side == side).Select(s => s.Controller == "human" ? s.Name : $"{s.Name} ({s.Controller})")));
        var moves = record.Moves.Length;
        var when = saved.SavedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"{string.Join(" v ", sides)}: {moves} move{(moves == 1 ? string.Empty : "s")}, last played {when}";
    }

    public static string Detail(SavedMatch saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return saved.Record is not { } record
            ? $"{saved.Error ?? "unreadable"} ({saved.Path})"
            : $"Scenario {record.Scenario}, seed {record.Seed.ToString(CultureInfo.InvariantCulture)}, file {Path.GetFileName(saved.Path)}";
    }
}
