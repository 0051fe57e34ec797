using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Reading;

namespace Debate.Opponents.Personas;

/// <summary>
/// An opponent an instructor wrote in the scenario file: its when/then rules are tried in order,
/// and the first whose conditions hold and whose action is legal decides, with the rule's own
/// reason. When no rule fires it plays as the debater, leaning towards its preferred themes.
/// </summary>
public sealed class PersonaOpponent : IOpponent
{
    private readonly Persona persona;
    private readonly ImmutableHashSet<string> preferred;
    private readonly Debater fallback;

    /// <summary>An opponent that follows <paramref name="persona"/>.</summary>
    public PersonaOpponent(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        this.persona = persona;
        preferred = persona.PreferredThemes.IsDefault ? [] : [.. persona.PreferredThemes];
        fallback = new Debater(preferred);
    }

    /// <inheritdoc/>
    public string Name => persona.Id;

    /// <inheritdoc/>
    public OpponentChoice Choose(PlayerView view, ImmutableArray<Move> legal)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (legal.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An opponent is asked to move only when it has a legal move.", nameof(legal));
        }

        var reading = new FloorReading(view, legal);
        var rules = persona.Rules.IsDefault ? [] : persona.Rules;
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (!PersonaConditions.AllHold(rule, reading))
            {
                continue;
            }

            if (PersonaActions.Pick(rule, reading, preferred) is { } preview)
            {
                var number = i + 1;
                return new OpponentChoice(preview.Move, () => $"{persona.Name} (rule {number}): {Sentence(rule.Reason)} {MoveText.Said(reading, preview)}.");
            }
        }

        var choice = fallback.Choose(reading);
        return choice.Prefixed($"{persona.Name}: ");
    }

    // An instructor's reason may end without a full stop; the move's outcome follows it as its own sentence.
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || ".!?".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }
}
