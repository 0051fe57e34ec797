using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Previews;

/// <summary>
/// The one calculation of what a move would do. It reads only what the mover's seat may see, applies
/// a card through <see cref="Rules.Apply"/> to that public match (the end of a speech through the
/// audience model's lean, as the rules end it), and explains the difference in the rules' words, so
/// no preview, hint or reason can claim an outcome the floor will not show.
/// </summary>
public static class Preview
{
    /// <summary>What <paramref name="move"/> would do, from <paramref name="view"/> alone.</summary>
    public static MovePreview Of(PlayerView view, Move move)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(move);
        var match = PublicMatch.Of(view);
        var before = FloorLabels.Of(match);
        return Of(match, move, before, Pressures(match, before));
    }

    /// <summary>
    /// What <paramref name="move"/> would do in <paramref name="match"/>, seen from the mover's seat: the
    /// same answer its <see cref="PlayerView"/> gives, whatever the hidden cards are.
    /// </summary>
    public static MovePreview Of(Match match, Move move)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(move);
        if (match.IsOver || move.Seat < 0 || move.Seat >= match.Seats.Length)
        {
            var why = Rules.Check(match, move) ?? new Rejection(RejectionCode.NotYourSpeech, $"There is no seat {move.Seat}.");
            return Refused(move, why, FloorLabels.Of(match));
        }

        var seen = PublicMatch.Of(PlayerView.Of(match, move.Seat));
        var before = FloorLabels.Of(seen);
        return Of(seen, move, before, Pressures(seen, before));
    }

    /// <summary>The outcome of each legal move with <paramref name="card"/>, in legal-move order (one per target).</summary>
    public static ImmutableArray<MovePreview> OfCard(PlayerView view, CardId card)
    {
        ArgumentNullException.ThrowIfNull(view);
        return OfMoves(view, [.. Rules.LegalMoves(PublicMatch.Of(view)).Where(m => m.Card == card && m.Seat == view.Seat)]);
    }

    /// <summary>The previews of <paramref name="moves"/> (normally the legal moves), in their order: the floor is read once.</summary>
    public static ImmutableArray<MovePreview> OfMoves(PlayerView view, ImmutableArray<Move> moves)
    {
        var seat = new SeatPreviews(view);
        var previews = ImmutableArray.CreateBuilder<MovePreview>(moves.Length);
        foreach (var move in moves)
        {
            previews.Add(seat.Of(move));
        }

        return previews.MoveToImmutable();
    }

    /// <summary>How <paramref name="card"/> bears on <paramref name="target"/>: it names it, shares a theme with it, or neither (null).</summary>
    public static Bearing? BearingOf(Card card, Card target)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(target);
        return card.Targets.Contains(target.Id) ? Bearing.Named : card.SharesThemeWith(target) ? Bearing.SharedTheme : null;
    }

    internal static MovePreview Of(Match match, Move move, FloorLabels before, (double Alliance, double Partnership)[] pressures)
    {
        if (move.Kind == MoveKind.EndSpeech)
        {
            return End(match, move, before, pressures);
        }

        var applied = Rules.Apply(match, move);
        if (!applied.Accepted)
        {
            return Refused(move, applied.Rejection!, before);
        }

        var next = applied.Match;
        var after = FloorLabels.Of(next);
        var argument = next.Floor[^1];
        var card = match.Scenario.Card(argument.Card);
        var target = argument.Target is int t ? match.Floor[t - 1] : null;
        var strength = StrengthReason.Of(match, card, argument.Side, target);
        Support? support = null;
        Attack? attack = null;
        if (target is not null)
        {
            var bearing = BearingOf(card, match.Scenario.Card(target.Card)) ?? Bearing.SharedTheme;
            var i = target.Id - 1;
            if (argument.Kind == CardKind.Evidence)
            {
                support = new Support(target.Id, bearing, before.Strengths[i], after.Strengths[i]);
            }
            else
            {
                var defeats = Succeeds(after.Attacks, argument.Id - 1);
                var already = before.Labels[i] != Label.Defeated ? ImmutableArray<int>.Empty
                    : [.. before.Attacks.Where(d => d.Target == i && d.Succeeds && before.Labels[d.Attacker] == Label.Standing).Select(d => d.Attacker + 1)];
                attack = new Attack(target.Id, bearing, after.Strengths[argument.Id - 1], after.Strengths[i], defeats, before.Labels[i], already);
            }
        }

        ImmutableArray<LabelChange>.Builder? changes = null;
        foreach (var a in match.Floor)
        {
            var i = a.Id - 1;
            if (before.Labels[i] != after.Labels[i])
            {
                (changes ??= ImmutableArray.CreateBuilder<LabelChange>()).Add(new LabelChange(a.Id, a.Side, before.Labels[i], after.Labels[i]));
            }
        }

        return Build(move, argument, strength, support, attack, changes?.ToImmutable() ?? [], before, after, Weights(match, pressures, Pressures(next, after)), null);
    }

    // Ending a speech leans the room by the audience model on the floor as it stands, as the rules do
    // when the speech ends (before the next speech's news and draw, which the seat cannot see).
    private static MovePreview End(Match match, Move move, FloorLabels before, (double Alliance, double Partnership)[] pressures)
    {
        if (Rules.Check(match, move) is { } why)
        {
            return Refused(move, why, before);
        }

        var slot = match.CurrentSpeech!;
        var votes = slot.AudienceLeans ? AudienceModel.Lean(match, before) : match.Audience;
        var closes = match.SpeechIndex + 1 >= match.Scenario.Speeches.Length;
        var lean = new RoomLean(slot.AudienceLeans, match.Audience, votes, RoomLean.Direction(match.Audience, votes), closes);
        return Build(move, null, null, null, null, [], before, before, Weights(match, pressures, pressures), lean);
    }

    // The new argument's attack is the last one listed; searching from the end finds it at once.
    private static bool Succeeds(Defeat[] attacks, int attacker)
    {
        for (var k = attacks.Length - 1; k >= 0; k--)
        {
            if (attacks[k].Attacker == attacker)
            {
                return attacks[k].Succeeds;
            }
        }

        return false;
    }

    private static MovePreview Refused(Move move, Rejection why, FloorLabels labels) =>
        new(move, why, null, null, null, null, [], labels, labels, [], null);

    private static MovePreview Build(
        Move move, Argument? argument, StrengthReason? strength, Support? support, Attack? attack,
        ImmutableArray<LabelChange> changes, FloorLabels before, FloorLabels after, ImmutableArray<BlocWeight> weights, RoomLean? lean) =>
        new(move, null, argument, strength, support, attack, changes, before, after, weights, lean);

    internal static (double Alliance, double Partnership)[] Pressures(Match match, FloorLabels labels)
    {
        var pressures = new (double, double)[match.Scenario.Blocs.Length];
        for (var b = 0; b < pressures.Length; b++)
        {
            pressures[b] = AudienceModel.Pressure(match, labels, b);
        }

        return pressures;
    }

    private static ImmutableArray<BlocWeight> Weights(Match match, (double Alliance, double Partnership)[] before, (double Alliance, double Partnership)[] after)
    {
        var blocs = match.Scenario.Blocs;
        var weights = ImmutableArray.CreateBuilder<BlocWeight>(blocs.Length);
        for (var b = 0; b < blocs.Length; b++)
        {
            weights.Add(new BlocWeight(blocs[b].Id, blocs[b].Name, blocs[b].Share, before[b].Alliance, before[b].Partnership, after[b].Alliance, after[b].Partnership));
        }

        return weights.MoveToImmutable();
    }
}
