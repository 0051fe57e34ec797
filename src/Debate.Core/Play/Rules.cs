using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Phases;

namespace Debate.Core.Play;

/// <summary>
/// Every transition of a match: the legal moves of the seat holding the floor, and
/// <see cref="Apply"/>, which returns the next match and what happened, or a rejection with the
/// match unchanged. Humans and opponents go through this one door.
/// </summary>
public static class Rules
{
    /// <summary>The moves the speaker may make now (always including ending the speech); empty at the verdict.</summary>
    public static ImmutableArray<Move> LegalMoves(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.IsOver)
        {
            return [];
        }

        var seat = match.Speaker;
        var side = match.Seats[seat].Side;
        var table = PhaseTable.For(match.Scenario);
        var moves = ImmutableArray.CreateBuilder<Move>();
        foreach (var id in match.Hands[seat])
        {
            var card = match.Scenario.Card(id);
            if (!table.Allows(match.SpeechIndex, card.Kind) || card.Cost > match.TimeLeft || match.TimeLeft <= 0)
            {
                continue;
            }

            if (card.Kind == CardKind.Claim)
            {
                moves.Add(Move.Claim(seat, id));
                continue;
            }

            foreach (var target in match.Floor)
            {
                if (Targeting.Allows(match.Scenario, card, side, target))
                {
                    moves.Add(card.Kind == CardKind.Evidence ? Move.Evidence(seat, id, target.Id) : Move.Rebuttal(seat, id, target.Id));
                }
            }
        }

        moves.Add(Move.End(seat));
        return moves.ToImmutable();
    }

    /// <summary>Why <paramref name="move"/> is not allowed now, or null when it is.</summary>
    public static Rejection? Check(Match match, Move move)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(move);
        if (match.IsOver)
        {
            return new Rejection(RejectionCode.MatchOver, "The debate is over; only the verdict remains.");
        }

        if (move.Seat != match.Speaker)
        {
            var speaker = match.Seats[match.Speaker].Name;
            return new Rejection(RejectionCode.NotYourSpeech, $"It is {speaker}'s speech ({match.CurrentSpeech!.Title}).");
        }

        return move.Kind == MoveKind.EndSpeech ? null : CheckPlay(match, move);
    }

    /// <summary>Applies a move: the next match and what happened, or a rejection and the same match.</summary>
    public static ApplyResult Apply(Match match, Move move)
    {
        var rejection = Check(match, move);
        if (rejection is not null)
        {
            return new ApplyResult(match, rejection, []);
        }

        var happened = ImmutableArray.CreateBuilder<Happening>();
        var next = move.Kind == MoveKind.EndSpeech ? EndSpeech(match, happened) : Play(match, move, happened);
        return new ApplyResult(next with { MoveCount = match.MoveCount + 1 }, null, happened.ToImmutable());
    }

    private static Rejection? CheckPlay(Match match, Move move)
    {
        if (move.Card is not CardId id || !match.Scenario.TryGetCard(id, out var card))
        {
            return new Rejection(RejectionCode.UnknownCard, $"The scenario has no card '{move.Card}'.");
        }

        if (!match.Hands[move.Seat].Contains(id))
        {
            return new Rejection(RejectionCode.CardNotInHand, $"{id} is not in your hand.");
        }

        var expected = move.Kind switch { MoveKind.PlayClaim => CardKind.Claim, MoveKind.PlayEvidence => CardKind.Evidence, _ => CardKind.Rebuttal };
        if (card.Kind != expected)
        {
            return new Rejection(RejectionCode.WrongKind, $"{id} is {Article(card.Kind)}, not {Article(expected)}.");
        }

        var trigger = move.Kind switch { MoveKind.PlayClaim => Trigger.PlayClaim, MoveKind.PlayEvidence => Trigger.PlayEvidence, _ => Trigger.PlayRebuttal };
        var table = PhaseTable.For(match.Scenario);
        var whyNot = table.WhyNot(match, trigger);
        if (whyNot is not null)
        {
            var code = table.Allows(match.SpeechIndex, card.Kind) ? RejectionCode.NotEnoughTime : RejectionCode.KindNotAllowed;
            return new Rejection(code, whyNot);
        }

        if (card.Cost > match.TimeLeft)
        {
            return new Rejection(RejectionCode.NotEnoughTime, $"{id} takes {card.Cost} units of time; {match.TimeLeft} left in this speech.");
        }

        if (card.Kind == CardKind.Claim)
        {
            return null;
        }

        var targetId = move.Target ?? 0;
        return Targeting.Check(match.Scenario, card, match.Seats[move.Seat].Side, match.ArgumentById(targetId), targetId);
    }

    private static Match Play(Match match, Move move, ImmutableArray<Happening>.Builder happened)
    {
        var card = match.Scenario.Card(move.Card!.Value);
        var seat = match.Seats[move.Seat];
        var argument = new Argument(match.Floor.Length + 1, card.Id, seat.Side, seat.Index, card.Kind, move.Target, match.SpeechIndex);
        var verb = card.Kind switch
        {
            CardKind.Claim => "claims",
            CardKind.Evidence => $"supports #{move.Target} with",
            _ => $"rebuts #{move.Target}:",
        };
        happened.Add(new Happening(HappeningKind.CardPlayed, $"#{argument.Id} {seat.Name} ({seat.Side}) {verb} {card.Tag}"));
        return match with
        {
            Hands = match.Hands.SetItem(seat.Index, match.Hands[seat.Index].Remove(card.Id)),
            Floor = match.Floor.Add(argument),
            TimeLeft = match.TimeLeft - card.Cost,
        };
    }

    private static Match EndSpeech(Match match, ImmutableArray<Happening>.Builder happened)
    {
        var slot = match.CurrentSpeech!;
        happened.Add(new Happening(HappeningKind.SpeechEnded, $"{slot.Title} ends."));
        // The room withholds judgement until it has heard both sides (the speech's exit action in the
        // phase flow); otherwise the first speaker would win a lean unopposed (Alliance won 69% at equal level).
        var heard = PhaseTable.For(match.Scenario).LeansOnExit(match.SpeechIndex);
        var audience = heard ? AudienceModel.Lean(match, FloorLabels.Of(match)) : match.Audience;
        happened.Add(new Happening(HappeningKind.AudienceLeaned, heard
            ? AudienceSummary(match.Audience, audience)
            : "The room waits to hear the other side before it leans."));
        var next = match with
        {
            Audience = audience,
            AudienceAfterSpeech = match.AudienceAfterSpeech.Add(audience),
            SpeechIndex = match.SpeechIndex + 1,
        };
        if (next.IsOver)
        {
            happened.Add(new Happening(HappeningKind.DebateClosed, "The closing vote is taken; the judges reach a verdict."));
            return next with { TimeLeft = 0 };
        }

        return SpeechEntry.Enter(next, happened);
    }

    private static string AudienceSummary(ImmutableArray<Vote> before, ImmutableArray<Vote> after)
    {
        var delta = 0.0;
        for (var i = 0; i < before.Length; i++)
        {
            delta += (after[i].For - after[i].Against) - (before[i].For - before[i].Against);
        }

        return delta switch
        {
            > 0.05 => "The room leans towards Alliance.",
            < -0.05 => "The room leans towards Partnership.",
            _ => "The room holds still.",
        };
    }

    private static string Article(CardKind kind) => kind switch
    {
        CardKind.Claim => "a claim",
        CardKind.Evidence => "evidence",
        CardKind.Rebuttal => "a rebuttal",
        _ => "an event",
    };
}
