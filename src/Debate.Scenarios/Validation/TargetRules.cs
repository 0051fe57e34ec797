using Debate.Core.Content;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Reading;

namespace Debate.Scenarios.Validation;

/// <summary>
/// Whether every rebuttal could ever answer something and every piece of evidence could ever
/// support something, and whether the cards named in <c>targets</c> are fit to be targets.
/// </summary>
internal static class TargetRules
{
    public static void Check(ScenarioDto dto, Catalog catalog)
    {
        var shapes = dto.Cards.Select(CardShape.From).OfType<CardShape>().ToList();
        var byId = shapes.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var index = new ThemeIndex(shapes);
        var wholeDeck = !catalog.Findings.Cuts.Touch("cards"); // else a card that could be answered may have been left out
        foreach (var card in dto.Cards)
        {
            if (CardShape.From(card) is not { } shape)
            {
                continue;
            }

            var owner = $"card {shape.Id}";
            if (card.HasTargets)
            {
                CheckNamedTargets(card, shape, owner, byId, catalog);
            }
            else if (wholeDeck && shape.Kind == CardKind.Rebuttal && shape.Themes.Length > 0 && !index.HasRebuttalTarget(shape))
            {
                catalog.Findings.Error(card.Kind!.At, $"{owner}: this rebuttal can never be played: no claim or rebuttal {OtherSide(shape.Side)} shares a theme with it ({string.Join(", ", shape.Themes)})", "add 'targets: [ids]' naming the arguments it answers, or give it a theme those arguments carry");
            }
            else if (wholeDeck && shape.Kind == CardKind.Evidence && shape.Themes.Length > 0 && !index.HasClaimToSupport(shape))
            {
                catalog.Findings.Error(card.Kind!.At, $"{owner}: this evidence shares no theme with any claim {OwnSide(shape.Side)}", "add 'targets: [ids]' naming the claims it supports, or give it a theme one of those claims carries");
            }
        }
    }

    private static void CheckNamedTargets(CardDto card, CardShape shape, string owner, Dictionary<string, CardShape> byId, Catalog catalog)
    {
        if (shape.Kind == CardKind.Claim)
        {
            catalog.Findings.Error(card.Targets!.At, $"{owner}: a claim takes no targets", "remove 'targets'; only rebuttals (what they answer) and evidence (what it supports) name targets");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in card.Targets!.Value)
        {
            if (!seen.Add(target.Value))
            {
                catalog.Findings.Error(target.At, $"{owner}: target '{target.Value}' is listed twice", "list each target once");
            }
            else if (catalog.Events.ContainsKey(target.Value))
            {
                catalog.Findings.Error(target.At, $"{owner}: target '{target.Value}' is an event; events are never on the floor", "name a claim or rebuttal instead");
            }
            else if (!byId.TryGetValue(target.Value, out var other))
            {
                if (!catalog.Cards.ContainsKey(target.Value))
                {
                    catalog.Knows(target, owner + " targets", catalog.Cards.Keys, "card", "name a card of the 'cards:' list");
                }
            }
            else
            {
                CheckTarget(shape, other, owner, target, catalog.Findings);
            }
        }
    }

    private static void CheckTarget(CardShape shape, CardShape other, string owner, Field<string> target, Findings findings)
    {
        if (other.Id == shape.Id)
        {
            findings.Error(target.At, $"{owner}: a card cannot target itself", "remove its own id from 'targets'");
        }
        else if (!Reach.IsArgument(other.Kind))
        {
            findings.Error(target.At, $"{owner}: target {other.Id} is evidence, which is never a target", "name the claim or rebuttal that the evidence supports");
        }
        else if (shape.Kind == CardKind.Rebuttal && !Reach.Opposed(shape.Side, other.Side))
        {
            findings.Error(target.At, $"{owner}: target {other.Id} is on the same side ({Word(other.Side)}); a rebuttal answers the other side", "name an argument of the other side, or make one of the two cards 'side: either'");
        }
        else if (shape.Kind == CardKind.Evidence && !Reach.Allied(shape.Side, other.Side))
        {
            findings.Error(target.At, $"{owner}: target {other.Id} is on the other side ({Word(other.Side)}); evidence supports its own side", "name an argument of the same side, or use a rebuttal to answer it");
        }
    }

    private static string Word(CardSide side) => Vocabulary.CardSides.Word(side);

    private static string OtherSide(CardSide side) => side switch
    {
        CardSide.Alliance => "of side partnership (or either)",
        CardSide.Partnership => "of side alliance (or either)",
        _ => "of either side",
    };

    private static string OwnSide(CardSide side) => side == CardSide.Either ? "of either side" : $"of side {Word(side)} (or either)";
}
