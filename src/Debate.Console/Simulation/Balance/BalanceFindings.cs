using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Content;

namespace Debate.Console.Simulation.Balance;

/// <summary>
/// The short list an author reads first: an equal-level pairing where a side wins more than
/// <see cref="Threshold"/>, with the cards to look at; the first speaker's edge; levels that are not
/// ordered; games too often tied; a format that leaves little to choose; cards never played.
/// </summary>
internal static class BalanceFindings
{
    /// <summary>A side winning more than this at equal level is out of balance.</summary>
    public const double Threshold = 0.55;

    /// <summary>Below this share of moves with a real choice, skill matters little against the deal.</summary>
    public const double MinChoiceRate = 0.4;

    /// <summary>
    /// Above this share of the cards dealt and drawn in a game being played, the speakers say almost
    /// everything they get: the deal, not the choosing, decides the debate. The built-in scenario
    /// once played 17 of 20 (0.86) and no level could beat the debater in 60% of games; at 14 of 32
    /// (0.45) the champion beats it in 64%.
    /// </summary>
    public const double MaxPlayedShare = 0.8;

    /// <param name="pairings">Each pairing's results.</param>
    /// <param name="cardsDealt">Cards the two sides receive in one game (hands and draws), to set against the cards played.</param>
    public static ImmutableArray<string> Of(ImmutableArray<PairingBalance> pairings, int cardsDealt)
    {
        var findings = ImmutableArray.CreateBuilder<string>();
        foreach (var p in pairings)
        {
            var r = p.Result;
            if (r.Mirror)
            {
                findings.Add(SideBalance(p));
                if (Math.Abs(r.FirstSpeakerEdge) > 5 && Math.Max(r.AllianceWins.Value, r.PartnershipWins.Value) <= Threshold)
                {
                    findings.Add(Text($"At {r.First} level the first speaker ({r.FirstSpeaker}) wins {r.FirstSpeakerWins}, an edge of {r.FirstSpeakerEdge:+0;-0} points; in this format side and speaking order go together."));
                }
            }
            else if (r.SecondWins.Value >= r.FirstWins.Value)
            {
                findings.Add(Text($"{r.Second} beats {r.First} in {r.SecondWins} of games, sides swapped."));
            }
            else
            {
                findings.Add(Text($"{r.First} beats {r.Second} in {r.FirstWins} of games, though listed as the weaker level: the levels are not ordered on this scenario."));
            }

            if (r.Mirror && r.ChoiceRate < MinChoiceRate)
            {
                findings.Add(Text($"At {r.First} level only {r.ChoiceRate * 100:0}% of moves offer a choice between two cards or more: most cards in hand cannot be played, so levels play alike and the deal decides. Consider rebuttals that answer by theme rather than a short list of targets, and cheaper evidence."));
            }

            if (r.Mirror && cardsDealt > 0 && r.AverageCards / cardsDealt > MaxPlayedShare)
            {
                findings.Add(Text($"At {r.First} level a game plays {r.AverageCards:0.#} of the {cardsDealt} cards the sides are dealt and draw: speakers say nearly everything they hold, so the deal decides more than the choosing. Give them more to say than time to say it: a larger hand_size or draws, or shorter speeches."));
            }

            if (r.Games > 0 && (double)r.DeadHeats / r.Games > 0.05)
            {
                findings.Add(Text($"{r.Name}: {100.0 * r.DeadHeats / r.Games:0}% of games are dead heats; the room moves too little to separate the sides."));
            }
        }

        var strongest = pairings.LastOrDefault(p => p.Result.Mirror) ?? pairings.LastOrDefault();
        if (strongest is not null && strongest.NeverPlayed.Length > 0)
        {
            findings.Add($"{strongest.NeverPlayed.Length} card(s) never played in {strongest.Result.Name}: {string.Join(", ", strongest.NeverPlayed)}. Check their cost, their targets (a rebuttal whose target rarely reaches the floor is never legal) and the phases that allow their kind.");
        }

        return findings.ToImmutable();
    }

    private static string SideBalance(PairingBalance p)
    {
        var r = p.Result;
        var (winner, rate) = r.AllianceWins.Value >= r.PartnershipWins.Value ? (Side.Alliance, r.AllianceWins) : (Side.Partnership, r.PartnershipWins);
        if (rate.Value <= Threshold)
        {
            return Text($"Balanced at {r.First} level: Alliance wins {r.AllianceWins}, Partnership {r.PartnershipWins}.");
        }

        var loser = winner.Opponent();
        var decisive = p.Cards.Where(c => c.Side == winner && c.PlayRate >= 0.1 && c.Impact > 0 && c.Played < c.Games).Take(3)
            .Select(c => Text($"{c.Card} ({c.Impact:+0} pts when played, in {c.PlayRate * 100:0}% of games)")).ToList();
        var idle = p.Cards.Where(c => c.Side == loser && c.Kind != CardKind.Evidence).OrderBy(c => c.PlayRate).ThenBy(c => c.Impact).Take(3)
            .Select(c => Text($"{c.Card} ({c.PlayRate * 100:0.0}% of games)")).ToList();
        var weaken = decisive.Count > 0
            ? Text($"weakening {winner}'s decisive cards {string.Join(", ", decisive)}")
            : Text($"weakening {winner}'s side as a whole (no card of it stands out: none is played in 10% to 99% of games and wins more often when played)");
        var strengthen = idle.Count > 0
            ? Text($"strengthening {loser}'s least useful {string.Join(", ", idle)} (a point of strength, a lower cost, or a target they can reach)")
            : Text($"giving {loser} claims and rebuttals it can play");
        var other = Text($"Compare the two decks' total strength and cost, the themes the blocs weigh most, and the events that favour each side.");
        return Text($"{winner} wins {rate} at {r.First} level: consider {weaken}, or {strengthen}.") + (decisive.Count == 0 ? " " + other : "");
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
