using Debate.Core.Content;
using Debate.Opponents.Personas;
using Debate.Opponents.Search;

namespace Debate.Opponents;

/// <summary>Builds an opponent from a seat's controller name: a level or a persona of the scenario.</summary>
public static class OpponentFactory
{
    /// <summary>The built-in levels, weakest first.</summary>
    public static IReadOnlyList<string> Levels { get; } = ["novice", "debater", "champion"];

    /// <summary>Whether <paramref name="controller"/> names a level or a persona of <paramref name="scenario"/>.</summary>
    public static bool Knows(string controller, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Levels.Contains(controller, StringComparer.OrdinalIgnoreCase) || FindPersona(controller, scenario) is not null;
    }

    /// <summary>Every name a seat's controller may take in <paramref name="scenario"/>: the levels, then its personas.</summary>
    public static IReadOnlyList<string> Names(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. Levels, .. scenario.Personas.Select(p => p.Id)];
    }

    /// <summary>The opponent for <paramref name="controller"/>, drawing its randomness from <paramref name="seed"/>;
    /// a champion plays with <see cref="ChampionOptions.Default"/> on the real clock.</summary>
    public static IOpponent Create(string controller, Scenario scenario, ulong seed) =>
        Create(controller, scenario, seed, ChampionOptions.Default, StopwatchClock.Instance);

    /// <summary>As <see cref="Create(string, Scenario, ulong)"/>, with the champion's options and clock given.</summary>
    public static IOpponent Create(string controller, Scenario scenario, ulong seed, ChampionOptions champion, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(scenario);
        // Compared in place, not upper-cased: a batch makes two opponents a game, and each copy was a string.
        if (string.Equals(controller, "novice", StringComparison.OrdinalIgnoreCase))
        {
            return new Novice(seed);
        }

        if (string.Equals(controller, "debater", StringComparison.OrdinalIgnoreCase))
        {
            return new Debater();
        }

        if (string.Equals(controller, "champion", StringComparison.OrdinalIgnoreCase))
        {
            return new Champion(seed, champion, clock);
        }

        return FindPersona(controller, scenario) is { } persona
            ? new PersonaOpponent(persona)
            : throw new ArgumentException($"No opponent level or persona is called '{controller}'. Known: {string.Join(", ", Names(scenario))}.", nameof(controller));
    }

    private static Persona? FindPersona(string controller, Scenario scenario) =>
        scenario.Personas.IsDefault ? null : scenario.Personas.FirstOrDefault(p => string.Equals(p.Id, controller, StringComparison.OrdinalIgnoreCase));
}
