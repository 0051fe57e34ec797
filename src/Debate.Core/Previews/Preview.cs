using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Previews;

/// <summary>
/// The one calculation of what a move would do. It reads only what the mover's seat may see, applies
/// the move through <see cref="Rules.Apply"/> to that public match, and explains the difference in
/// the rules' words, so no preview, hint or reason can claim an outcome the floor will not show.
/// </summary>
public static class Preview
{
    /// <summary>What <paramref name="move"/> would do, from <paramref name="view"/> alone.</summary>
    public static MovePreview Of(PlayerView view, Move move)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(move);
        var match = PublicMatch.Of(view);
        return Of(match, move, FloorLabels.Of(match));
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
        return Of(seen, move, FloorLabels.Of(seen));
    }

    /// <summary>The outcome of each legal move with <paramref name="card"/>, in legal-move order (one per target).</summary>
    public static ImmutableArray<MovePreview> OfCard(PlayerView view, CardId card)
    {
        ArgumentNullException.ThrowIfNull(view);
        var match = PublicMatch.Of(view);
        var before = FloorLabels.Of(match);
        return [.. Rules.LegalMoves(match).Where(m => m.Card == card && m.Seat == view.Seat).Select(m => Of(match, m, before))];
    }

    /// <summary>How <paramref name="card"/> bears on <paramref name="target"/>: it names it, shares a theme with it, or neither (null).</summary>
    public static Bearing? BearingOf(Card card, Card target)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(target);
        return card.Targets.Contains(target.Id) ? Bearing.Named : card.SharesThemeWith(target) ? Bearing.SharedTheme : null;
    }

    private static MovePreview Of(Match match, Move move, FloorLabels before)
    {
        var applied = Rules.Apply(match, move);
        if (!applied.Accepted)
        {
            return Refused(move, applied.Rejection!, before);
        }

        var next = applied.Match;
        if (move.Kind == MoveKind.EndSpeech)
        {
            var weights = Weights(match, before, match, before);
            var slot = match.CurrentSpeech!;
            var votes = slot.AudienceLeans ? next.AudienceAfterSpeech[^1] : match.Audience;
            var lean = new RoomLean(slot.AudienceLeans, match.Audience, votes, RoomLean.Direction(match.Audience, votes), next.IsOver);
            return Build(move, null, null, null, null, [], before, before, weights, lean);
        }

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
                var defeats = after.Attacks.Any(d => d.Attacker == argument.Id - 1 && d.Succeeds);
                var already = before.Attacks.Where(d => d.Target == i && d.Succeeds && before.Labels[d.Attacker] == Label.Standing)
                    .Select(d => d.Attacker + 1).ToImmutableArray();
                attack = new Attack(target.Id, bearing, after.Strengths[argument.Id - 1], after.Strengths[i], defeats, before.Labels[i], already);
            }
        }

        var changes = ImmutableArray.CreateBuilder<LabelChange>();
        foreach (var a in match.Floor)
        {
            var i = a.Id - 1;
            if (before.Labels[i] != after.Labels[i])
            {
                changes.Add(new LabelChange(a.Id, a.Side, before.Labels[i], after.Labels[i]));
            }
        }

        return Build(move, argument, strength, support, attack, changes.ToImmutable(), before, after, Weights(match, before, next, after), null);
    }

    private static MovePreview Refused(Move move, Rejection why, FloorLabels labels) =>
        new(move, why, null, null, null, null, [], labels, labels, [], null, why.Reason);

    private static MovePreview Build(
        Move move, Argument? argument, StrengthReason? strength, Support? support, Attack? attack,
        ImmutableArray<LabelChange> changes, FloorLabels before, FloorLabels after, ImmutableArray<BlocWeight> weights, RoomLean? lean)
    {
        var preview = new MovePreview(move, null, argument, strength, support, attack, changes, before, after, weights, lean, string.Empty);
        return preview with { Outcome = OutcomeText.Of(preview) };
    }

    private static ImmutableArray<BlocWeight> Weights(Match before, FloorLabels beforeLabels, Match after, FloorLabels afterLabels)
    {
        var blocs = before.Scenario.Blocs;
        var weights = ImmutableArray.CreateBuilder<BlocWeight>(blocs.Length);
        for (var b = 0; b < blocs.Length; b++)
        {
            var (a0, p0) = AudienceModel.Pressure(before, beforeLabels, b);
            var (a1, p1) = AudienceModel.Pressure(after, afterLabels, b);
            weights.Add(new BlocWeight(blocs[b].Id, blocs[b].Name, blocs[b].Share, a0, p0, a1, p1));
        }

        return weights.MoveToImmutable();
    }
}
