using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;

namespace Debate.Opponents.Search;

/// <summary>
/// How a simulation plays on past the tree: each side as the debater would, so the worlds the
/// search imagines answer as a debating opponent answers rather than at random. The rebuttal that
/// gains most for the mover's standing case, else the evidence or claim that gains most for its
/// time, else a claim at random, else the end of the speech; gains are the preview's balance change
/// (<see cref="BalanceMath"/>), worked out on the sampled world's public floor.
/// </summary>
internal sealed class PlayoutPolicy(int blocs)
{
    private const double Epsilon = 1e-9;
    private readonly double[] alliance = new double[blocs];
    private readonly double[] partnership = new double[blocs];
    private readonly List<Move> claims = new(16);

    /// <summary>The move to play from <paramref name="legal"/>, <paramref name="match"/>'s legal moves listed by the engine.</summary>
    public Move Choose(Match match, MoveListing legal, ref Rng rng)
    {
        var last = legal.Count - 1;
        var end = legal[last];
        if (last == 0)
        {
            return end;
        }

        var c = match.Compiled;
        var side = match.Seats[match.Speaker].Side;
        BalanceMath.Pressures(match, alliance, partnership);
        var before = BalanceMath.Standing(match.Scenario, alliance, partnership, side);

        // Answer first: the other cards are weighed only when no rebuttal gains.
        Move? answer = null;
        var answerGain = 0.0;
        for (var i = 0; i < last; i++)
        {
            var move = legal[i];
            if (move.Kind == MoveKind.PlayRebuttal)
            {
                var gain = BalanceMath.Change(match, alliance, partnership, before, move, c.CardIndex(move), side);
                if (gain > Epsilon && (answer is null || gain > answerGain + Epsilon))
                {
                    (answer, answerGain) = (move, gain);
                }
            }
        }

        if (answer is not null)
        {
            return answer;
        }

        Move? build = null;
        var buildScore = Epsilon;
        claims.Clear();
        for (var i = 0; i < last; i++)
        {
            var move = legal[i];
            if (move.Kind is not (MoveKind.PlayEvidence or MoveKind.PlayClaim))
            {
                continue;
            }

            var card = c.CardIndex(move);
            var score = BalanceMath.Change(match, alliance, partnership, before, move, card, side) / Math.Max(1, c.Cost[card]);
            if (score > buildScore + Epsilon)
            {
                (build, buildScore) = (move, score);
            }

            if (move.Kind == MoveKind.PlayClaim)
            {
                claims.Add(move);
            }
        }

        return build ?? (claims.Count > 0 ? claims[rng.Next(claims.Count)] : end);
    }
}
