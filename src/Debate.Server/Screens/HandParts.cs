using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;

namespace Debate.Server.Screens;

/// <summary>
/// A seat's hand as its page shows it, built from that seat's <see cref="PlayerView"/> alone: each
/// card with its legal moves and their outcomes from the engine's one preview (<see cref="Preview"/>)
/// when the seat holds the floor, and otherwise the engine's own reason (<see cref="Rules.Check"/>)
/// why it cannot be played, card by card and target by target.
/// </summary>
internal static class HandParts
{
    public static IReadOnlyList<CardPart> Of(PlayerView view, bool mayMove)
    {
        ArgumentNullException.ThrowIfNull(view);
        var speaking = Speaking(view, mayMove);
        var text = ScenarioText.Of(view.Scenario);
        if (!speaking)
        {
            // Nothing to preview or refuse: every card as it reads, built once per scenario.
            return [.. view.Hand.Select(id => text.Card(id).Idle)];
        }

        var match = PublicMatch.Of(view);
        var cards = new List<CardPart>(view.Hand.Length);
        foreach (var id in view.Hand)
        {
            var shown = text.Card(id);
            var card = view.Scenario.Card(id);
            var moves = Preview.OfCard(view, id).Select(p => new MovePart(Kind(p.Move.Kind), id.Value, p.Move.Target, Label(view, p.Move), Shown.Text(p.Outcome))).ToList();
            var (refusal, blocked) = moves.Count == 0 ? WhyNot(view, match, card) : (null, []);
            if (moves.Count > 0 && card.Kind != CardKind.Claim)
            {
                blocked = Blocked(view, match, card, moves.Select(m => m.Target).ToHashSet());
            }

            cards.Add(shown.Idle with { Moves = moves, Refusal = refusal is null ? null : Shown.Text(refusal), Blocked = blocked });
        }

        return cards;
    }

    /// <summary>What ending the speech now would do, in the preview's words (null when the seat does not hold the floor).</summary>
    public static string? EndPreview(PlayerView view, bool mayMove)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Speaking(view, mayMove) ? Shown.Text(Preview.Of(view, Move.End(view.Seat)).Outcome) : null;
    }

    /// <summary>Whether the seat holds the floor and may move (the room is live, the match not over).</summary>
    private static bool Speaking(PlayerView view, bool mayMove) =>
        mayMove && view.CurrentSpeech is not null && view.SpeakerBySpeech[view.SpeechIndex] == view.Seat;

    /// <summary>The word a move kind travels as (and comes back as in a <see cref="Rooms.MoveRequest"/>).</summary>
    public static string Kind(MoveKind kind) => kind switch
    {
        MoveKind.PlayClaim => "claim",
        MoveKind.PlayEvidence => "evidence",
        MoveKind.PlayRebuttal => "rebuttal",
        _ => "end",
    };

    private static string Label(PlayerView view, Move move) => move.Kind switch
    {
        MoveKind.PlayClaim => "Make this claim",
        MoveKind.PlayEvidence => $"Support #{move.Target}: {Tag(view, move.Target)}",
        MoveKind.PlayRebuttal => $"Rebut #{move.Target}: {Tag(view, move.Target)}",
        _ => "End the speech",
    };

    private static string Tag(PlayerView view, int? target) =>
        target is int t && t >= 1 && t <= view.Floor.Length ? ScenarioText.Of(view.Scenario).Card(view.Floor[t - 1].Card).Tag : "?";

    private static (string? Refusal, IReadOnlyList<BlockedPart> Blocked) WhyNot(PlayerView view, Match match, Card card)
    {
        var seat = view.Seat;
        if (card.Kind == CardKind.Claim)
        {
            return (Rules.Check(match, Move.Claim(seat, card.Id))?.Reason, []);
        }

        var targets = view.Floor.Where(a => a.IsContestable).ToList();
        var probe = Probe(seat, card, targets.Count > 0 ? targets[0].Id : 0);
        var first = Rules.Check(match, probe);
        if (first is null || first.Code is RejectionCode.NoSuchTarget or RejectionCode.WrongTarget or RejectionCode.DoesNotBear)
        {
            // The card itself may be played now; it is the floor that offers it no target.
            return targets.Count == 0
                ? ("There is nothing on the floor yet for it to support or answer.", [])
                : (null, Blocked(view, match, card, []));
        }

        return (first.Reason, []);
    }

    private static List<BlockedPart> Blocked(PlayerView view, Match match, Card card, HashSet<int?> legal) =>
        [.. view.Floor.Where(a => a.IsContestable && !legal.Contains(a.Id))
            .Select(a => (a.Id, Rules.Check(match, Probe(view.Seat, card, a.Id))?.Reason))
            .Where(x => x.Reason is not null)
            .Select(x => new BlockedPart(x.Id, Shown.Text(x.Reason)))];

    private static Move Probe(int seat, Card card, int target) =>
        card.Kind == CardKind.Evidence ? Move.Evidence(seat, card.Id, target) : Move.Rebuttal(seat, card.Id, target);
}
