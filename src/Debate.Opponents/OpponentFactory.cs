using Debate.Core.Content;

namespace Debate.Opponents;

/// <summary>Builds an opponent from a seat's controller name: a level or a persona of the scenario.</summary>
public static class OpponentFactory
{
    /// <summary>The built-in levels, weakest first.</summary>
    public static IReadOnlyList<string> Levels { get; } = ["novice"];

    /// <summary>Whether <paramref name="controller"/> names a level or a persona of <paramref name="scenario"/>.</summary>
    public static bool Knows(string controller, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Levels.Contains(controller, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The opponent for <paramref name="controller"/>, drawing its randomness from <paramref name="seed"/>.</summary>
    public static IOpponent Create(string controller, Scenario scenario, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(scenario);
        return controller.ToUpperInvariant() switch
        {
            "NOVICE" => new Novice(seed),
            _ => throw new ArgumentException($"No opponent level or persona is called '{controller}'. Levels: {string.Join(", ", Levels)}.", nameof(controller)),
        };
    }
}
