using System.Collections.Immutable;
using System.Text;
using Debate.Core.Content;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Validation;

namespace Debate.Scenarios.Authoring;

/// <summary>
/// Which rebuttal can answer which argument, worked out from the cards alone (named targets, or a
/// shared theme across the floor), the same reach the validator checks; drawn as a Mermaid flowchart.
/// </summary>
public static class AttackGraph
{
    private const int MaxTag = 40;

    /// <summary>Every possible attack in <paramref name="scenario"/>, in card order.</summary>
    public static ImmutableArray<Attack> Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var shapes = scenario.Cards.Where(c => c.Kind != CardKind.Event).Select(CardShape.From).ToList();
        return [.. from rebuttal in shapes
                   where rebuttal.Kind == CardKind.Rebuttal
                   from target in shapes
                   where Reach.CanRebut(rebuttal, target)
                   select new Attack(new CardId(rebuttal.Id), new CardId(target.Id), !rebuttal.Targets.IsDefaultOrEmpty)];
    }

    /// <summary>
    /// The attack graph as a Mermaid <c>flowchart</c>: one box per claim and rebuttal, grouped by side;
    /// solid arrows for named targets, dotted ones for attacks by shared theme.
    /// </summary>
    public static string ToMermaid(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var text = new StringBuilder("flowchart LR\n");
        foreach (var side in new[] { CardSide.Alliance, CardSide.Partnership, CardSide.Either })
        {
            var cards = scenario.Cards.Where(c => c.Side == side && c.Kind is CardKind.Claim or CardKind.Rebuttal).ToList();
            if (cards.Count == 0)
            {
                continue;
            }

            var word = Vocabulary.CardSides.Word(side);
            text.Append("    subgraph ").Append(word).Append(" [side ").Append(word).Append("]\n");
            foreach (var card in cards)
            {
                text.Append("        ").Append(Node(card.Id)).Append("[\"").Append(card.Id).Append(" · ")
                    .Append(Vocabulary.CardKinds.Word(card.Kind)).Append("<br/>").Append(Label(card.Tag)).Append("\"]:::")
                    .Append(Vocabulary.CardKinds.Word(card.Kind)).Append('\n');
            }

            text.Append("    end\n");
        }

        foreach (var attack in Of(scenario))
        {
            text.Append("    ").Append(Node(attack.Attacker)).Append(attack.Named ? " --> " : " -.-> ").Append(Node(attack.Target)).Append('\n');
        }

        text.Append("    classDef claim fill:#eef,stroke:#447\n");
        text.Append("    classDef rebuttal fill:#fee,stroke:#744\n");
        return text.ToString();
    }

    private static string Node(CardId id) =>
        "c_" + string.Concat(id.Value.Select(c => char.IsAsciiLetterOrDigit(c) ? c.ToString() : $"_{(int)c:x2}"));

    private static string Label(string tag)
    {
        var shortTag = tag.Length <= MaxTag ? tag : tag[..(MaxTag - 3)] + "...";
        return shortTag.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal);
    }
}
