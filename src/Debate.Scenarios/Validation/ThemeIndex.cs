using Debate.Core.Content;

namespace Debate.Scenarios.Validation;

/// <summary>The claims (and arguments) of each side filed by theme, so that "could anything be a target" stays fast on large decks.</summary>
internal sealed class ThemeIndex
{
    private readonly Dictionary<(string Theme, CardSide Side), List<CardShape>> arguments = [];
    private readonly Dictionary<(string Theme, CardSide Side), List<CardShape>> claims = [];

    public ThemeIndex(IEnumerable<CardShape> cards)
    {
        foreach (var card in cards.Where(c => Reach.IsArgument(c.Kind)))
        {
            foreach (var theme in card.Themes.Distinct(StringComparer.Ordinal))
            {
                File(arguments, (theme, card.Side), card);
                if (card.Kind == CardKind.Claim)
                {
                    File(claims, (theme, card.Side), card);
                }
            }
        }
    }

    /// <summary>Whether some claim or rebuttal other than <paramref name="rebuttal"/> could be its target by theme.</summary>
    public bool HasRebuttalTarget(CardShape rebuttal) =>
        Any(arguments, rebuttal, s => Reach.Opposed(rebuttal.Side, s));

    /// <summary>Whether some claim its side can play shares a theme with <paramref name="evidence"/>.</summary>
    public bool HasClaimToSupport(CardShape evidence) =>
        Any(claims, evidence, s => Reach.Allied(evidence.Side, s));

    private static bool Any(Dictionary<(string, CardSide), List<CardShape>> index, CardShape card, Func<CardSide, bool> side)
    {
        foreach (var theme in card.Themes)
        {
            foreach (var s in new[] { CardSide.Alliance, CardSide.Partnership, CardSide.Either }.Where(side))
            {
                if (index.TryGetValue((theme, s), out var list) && list.Exists(c => c.Id != card.Id))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void File(Dictionary<(string, CardSide), List<CardShape>> index, (string, CardSide) key, CardShape card)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(card);
    }
}
