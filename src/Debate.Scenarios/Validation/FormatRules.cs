using System.Globalization;
using Debate.Core.Content;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Reading;

namespace Debate.Scenarios.Validation;

/// <summary>
/// The phase script can be played to its end: it has speeches, both sides speak, each side has a
/// legal first move, each side has enough cards for a hand, and the world deck can supply the
/// reveals. Cards that no speech could ever take are warned about.
/// </summary>
internal static class FormatRules
{
    private static readonly Side[] Sides = [Side.Alliance, Side.Partnership];

    public static void Check(ScenarioDto dto, Catalog catalog)
    {
        var findings = catalog.Findings;
        if (findings.Cuts.Touch("phases") || findings.Cuts.Touch("hand_size"))
        {
            return; // the format is judged whole, and part of it was left out after a syntax error
        }
        if (dto.PhasesAt is { } phasesAt && dto.Phases.IsEmpty)
        {
            findings.Error(phasesAt, "the phase script has no phases, so no side ever speaks and the debate cannot be decided", "add phases such as Opening, Rebuttal and Closing (see 'debate scenario new')");
            return;
        }

        if (!findings.Cuts.Touch("events"))
        {
            CheckEvents(dto, findings);
        }

        if (SpeechPlan.Unroll(dto.Phases) is not { Count: > 0 } plans)
        {
            return;
        }

        foreach (var side in Sides.Where(s => !plans.Any(p => p.Side == s)))
        {
            findings.Error(dto.PhasesAt ?? dto.Phases[0].At, $"side {Word(side)} never speaks in the phase script", $"add a speech with 'side: {Word(side)}' to some phase");
        }

        var cards = dto.Cards.Where(c => c is { Id: not null, Kind: not null, Side: not null, Cost: not null }).ToList();
        if (cards.Count != dto.Cards.Length || findings.Cuts.Touch("cards"))
        {
            return;
        }

        foreach (var side in Sides.Where(s => plans.Any(p => p.Side == s)))
        {
            CheckOpening(side, plans, cards, findings);
            var deck = cards.Count(c => c.Side!.Value.PlayableBy(side));
            if (dto.HandSize is { } hand && deck < hand.Value)
            {
                findings.Error(hand.At, Invariant($"side {Word(side)} has {deck} cards to draw from, fewer than hand_size {hand.Value}"), $"add cards of side {Word(side)} or either, or lower hand_size");
            }
        }

        foreach (var card in cards)
        {
            WarnIfNeverPlayable(card, plans, findings);
        }
    }

    private static void CheckOpening(Side side, IReadOnlyList<SpeechPlan> plans, List<CardDto> cards, Findings findings)
    {
        var index = plans.ToList().FindIndex(p => p.Side == side);
        var first = plans[index];
        var rebuttable = plans.Take(index).Any(p => p.Side != side && p.Allowed.Contains(CardKind.Claim));
        var legal = first.Allowed.Where(k => k == CardKind.Claim || (k == CardKind.Rebuttal && rebuttable)).ToList();
        if (legal.Count == 0)
        {
            findings.Error(first.Speech.At, $"side {Word(side)} has no legal opening move: its first speech ({first.Title}) allows only {Kinds(first.Allowed)}, and with nothing of its own on the floor only a claim{(rebuttable ? " or a rebuttal" : "")} could be played", "allow 'claim' in that speech");
            return;
        }

        var playable = cards.Any(c => c.Side!.Value.PlayableBy(side) && legal.Contains(c.Kind!.Value) && c.Cost!.Value <= first.Time);
        if (!playable)
        {
            findings.Error(first.Speech.At, Invariant($"side {Word(side)} has no legal opening move: it holds no {Kinds(legal)} card costing {first.Time} or less for its first speech ({first.Title})"), Invariant($"add a {Vocabulary.CardKinds.Word(legal[0])} of side {Word(side)} (or either) with cost {first.Time} or less, or give the speech more time"));
        }
    }

    private static void WarnIfNeverPlayable(CardDto card, IReadOnlyList<SpeechPlan> plans, Findings findings)
    {
        var kind = card.Kind!.Value;
        var speeches = plans.Where(p => card.Side!.Value.PlayableBy(p.Side) && p.Allowed.Contains(kind)).ToList();
        var word = Vocabulary.CardKinds.Word(kind);
        if (speeches.Count == 0)
        {
            findings.Warning(card.Kind.At, $"card {card.Name} can never be played: no speech of side {Vocabulary.CardSides.Word(card.Side!.Value)} allows a {word}", $"allow '{word}' in one of that side's speeches, or change the card");
        }
        else if (speeches.Max(p => p.Time) < card.Cost!.Value)
        {
            findings.Warning(card.Cost!.At, Invariant($"card {card.Name} can never be played: it costs {card.Cost.Value}, but the longest speech that allows it has time {speeches.Max(p => p.Time)}"), "lower its cost or give that speech more time");
        }
    }

    private static void CheckEvents(ScenarioDto dto, Findings findings)
    {
        var reveals = dto.Phases.Where(p => p.RevealsEvent).Sum(p => p.RoundCount);
        var revealing = dto.Phases.FirstOrDefault(p => p.RevealsEvent);
        if (revealing is not null && dto.Events.IsEmpty)
        {
            findings.Error(revealing.Event!.At, $"phase {revealing.Name?.Value} reveals an event before each round, but the scenario has no events", "add an 'events:' list (the world deck), or write 'event: false'");
        }
        else if (revealing is not null && dto.Events.Length < reveals)
        {
            findings.Warning(revealing.Event!.At, Invariant($"the phase script reveals {reveals} events but the world deck has only {dto.Events.Length}"), "add events, or reveal fewer");
        }
        else if (revealing is null && !dto.Events.IsEmpty)
        {
            findings.Warning(dto.Events[0].At, "no phase reveals events ('event: true'), so the world deck is never used", "add 'event: true' to a phase, or remove the events");
        }
    }

    private static string Word(Side side) => Vocabulary.Sides.Word(side);

    private static string Kinds(IEnumerable<CardKind> kinds) => string.Join(" or ", kinds.Select(Vocabulary.CardKinds.Word));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
