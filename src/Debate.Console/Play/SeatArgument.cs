using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents;

namespace Debate.Console.Play;

/// <summary>Reads <c>--seat "Name:side[:level]"</c>: side alliance or partnership (a, p), level human (the default), a level or a persona.</summary>
internal static class SeatArgument
{
    public static (SeatSpec? Seat, string? Error) Parse(string text, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scenario);
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0)
        {
            return (null, $"--seat \"{text}\": write Name:side or Name:side:level, for example \"Ana:alliance\" or \"Bot:partnership:debater\".");
        }

        Side? side = parts[1].ToUpperInvariant() switch
        {
            "ALLIANCE" or "A" or "PROPOSITION" or "PROP" => Side.Alliance,
            "PARTNERSHIP" or "P" or "OPPOSITION" or "OPP" => Side.Partnership,
            _ => null,
        };
        if (side is null)
        {
            return (null, $"--seat \"{text}\": the side is alliance or partnership, not '{parts[1]}'.");
        }

        var controller = parts.Length == 3 && parts[2].Length > 0 ? parts[2].ToLowerInvariant() : "human";
        if (controller != "human" && !OpponentFactory.Knows(controller, scenario))
        {
            return (null, $"--seat \"{text}\": no opponent is called '{parts[2]}'. Choose human or one of: {string.Join(", ", OpponentFactory.Names(scenario))}.");
        }

        return (new SeatSpec(parts[0], side.Value, controller), null);
    }
}
