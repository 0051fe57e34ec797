using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Play;

/// <summary>A card in the speaker's hand with the legal moves it allows now, or why it cannot be played.</summary>
internal sealed record HandOption(Card Card, ImmutableArray<Move> Moves, string? WhyNot)
{
    public bool Playable => !Moves.IsDefaultOrEmpty;

    /// <summary>Each card of <paramref name="seat"/>'s hand, in hand order, with the rules' own answers.</summary>
    public static ImmutableArray<HandOption> For(Match match, int seat)
    {
        ArgumentNullException.ThrowIfNull(match);
        var legal = seat == match.Speaker ? Rules.LegalMoves(match) : [];
        var result = ImmutableArray.CreateBuilder<HandOption>();
        foreach (var id in match.Hands[seat])
        {
            var card = match.Scenario.Card(id);
            var moves = legal.Where(m => m.Card == id).ToImmutableArray();
            result.Add(new HandOption(card, moves, moves.IsEmpty ? WhyNotNow(match, seat, card) : null));
        }

        return result.ToImmutable();
    }

    /// <summary>The engine's reason a card cannot be played now, phrased for the player.</summary>
    public static string WhyNotNow(Match match, int seat, Card card)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(card);
        if (card.Kind == CardKind.Claim)
        {
            return Rules.Check(match, Move.Claim(seat, card.Id))?.Reason ?? "It can be played.";
        }

        var side = match.Seats[seat].Side;
        var evidence = card.Kind == CardKind.Evidence;
        var candidates = match.Floor.Where(a => a.IsContestable && (a.Side == side) == evidence).ToList();
        var probe = candidates.Count > 0 ? candidates[0].Id : 0;
        var first = Rules.Check(match, new Move(seat, evidence ? MoveKind.PlayEvidence : MoveKind.PlayRebuttal, card.Id, probe));
        if (first is null)
        {
            return "It can be played.";
        }

        if (first.Code is not (RejectionCode.NoSuchTarget or RejectionCode.WrongTarget or RejectionCode.DoesNotBear))
        {
            return first.Reason;
        }

        if (candidates.Count == 0)
        {
            return evidence
                ? "None of your side's arguments is on the floor yet for this evidence to support."
                : "The other side has no argument on the floor yet for this rebuttal to answer.";
        }

        return candidates.Count == 1
            ? first.Reason
            : $"It bears on none of the {candidates.Count} arguments it could {(evidence ? "support" : "answer")}: {first.Reason}";
    }
}
