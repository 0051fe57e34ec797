using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Tests.Builders;

/// <summary>
/// A match dealt from the sample scenario (seat 0 Ana for Alliance, seat 1 Bo for Partnership, no
/// roles, seed 1), then changed with <c>with</c> expressions so a test states only what matters:
/// <c>new MatchBuilder().InSpeech(3).WithHand(1, "P4").WithArgument("A1").Build()</c>.
/// </summary>
public sealed class MatchBuilder
{
    private readonly List<(string Card, int? Target, Side? Side, int? Seat, int? Speech)> floor = [];
    private readonly Dictionary<int, string[]> hands = [];
    private Scenario scenario = SampleScenario.Build();
    private List<SeatSpec> seats = [new("Ana", Side.Alliance, DealRole: false), new("Bo", Side.Partnership, DealRole: false)];
    private ulong seed = 1;
    private int? speech;
    private int? time;
    private string[]? events;
    private Vote[]? audience;

    public MatchBuilder For(Scenario value)
    {
        scenario = value;
        return this;
    }

    public MatchBuilder WithSeats(params SeatSpec[] value)
    {
        seats = [.. value];
        return this;
    }

    public MatchBuilder WithSeed(ulong value)
    {
        seed = value;
        return this;
    }

    /// <summary>The speech being given (from 0); the clock is set to its budget.</summary>
    public MatchBuilder InSpeech(int index)
    {
        speech = index;
        return this;
    }

    /// <summary>Past the last speech: the debate is over.</summary>
    public MatchBuilder AtVerdict()
    {
        speech = scenario.Speeches.Length;
        return this;
    }

    public MatchBuilder WithTimeLeft(int value)
    {
        time = value;
        return this;
    }

    /// <summary>Replaces a seat's hand.</summary>
    public MatchBuilder WithHand(int seat, params string[] cards)
    {
        hands[seat] = cards;
        return this;
    }

    /// <summary>
    /// Puts a card on the floor as argument #n (n = how many were added before, plus one). The side is
    /// the card's (say it for Either cards), the seat the side's first seat unless given.
    /// </summary>
    /// <summary>An argument on the floor, made in <paramref name="speech"/> (by default the current speech, or the last at the verdict).</summary>
    public MatchBuilder WithArgument(string card, int? target = null, Side? side = null, int? seat = null, int? speech = null)
    {
        floor.Add((card, target, side, seat, speech));
        return this;
    }

    public MatchBuilder WithEvents(params string[] ids)
    {
        events = ids;
        return this;
    }

    /// <summary>The audience now, bloc by bloc.</summary>
    public MatchBuilder WithAudience(params Vote[] votes)
    {
        audience = votes;
        return this;
    }

    public Match Build()
    {
        var match = MatchSetup.Start(scenario, seats, seed);
        if (speech is int s)
        {
            var over = s >= scenario.Speeches.Length;
            match = match with { SpeechIndex = s, TimeLeft = over ? 0 : scenario.Speeches[s].Speech.Time };
        }

        if (time is int t)
        {
            match = match with { TimeLeft = t };
        }

        foreach (var (seat, cards) in hands)
        {
            match = match with { Hands = match.Hands.SetItem(seat, [.. cards.Select(c => new CardId(c))]) };
        }

        var arguments = ImmutableArray.CreateBuilder<Argument>();
        foreach (var (cardId, target, side, seat, made) in floor)
        {
            var card = scenario.Card(new CardId(cardId));
            var owner = side ?? (card.Side == CardSide.Either
                ? throw new ArgumentException($"Say which side plays the Either card {cardId}.")
                : (Side)(int)card.Side);
            var by = seat ?? match.Seats.First(x => x.Side == owner).Index;
            arguments.Add(new Argument(arguments.Count + 1, card.Id, owner, by, card.Kind, target, made ?? Math.Min(match.SpeechIndex, scenario.Speeches.Length - 1)));
        }

        match = match with { Floor = arguments.ToImmutable() };
        if (events is not null)
        {
            match = match with { EventsInPlay = [.. events.Select(e => new CardId(e))] };
        }

        if (audience is not null)
        {
            match = match with { Audience = [.. audience] };
        }

        return match;
    }
}
