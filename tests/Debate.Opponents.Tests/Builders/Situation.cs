using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Opponents.Tests.Builders;

/// <summary>
/// Builds a match at a chosen moment: a speech, the hands and the floor, so that a test states only
/// the cards that matter. Seat 0 is Alliance, seat 1 Partnership.
/// </summary>
public sealed class Situation
{
    private readonly List<Argument> floor = [];
    private Scenario scenario = SampleScenario.Build();
    private int speech;
    private int time = 3;
    private string[] allianceHand = [];
    private string[] partnershipHand = [];

    public static readonly SeatSpec[] TwoSeats = [new("Ana", Side.Alliance, "bot", DealRole: false), new("Bo", Side.Partnership, "bot", DealRole: false)];

    public Situation With(Scenario value)
    {
        scenario = value;
        return this;
    }

    /// <summary>The speech being given (0 opening Alliance, 2 first rebuttal Alliance, 6 closing Partnership...).</summary>
    public Situation InSpeech(int index, int timeLeft = 3)
    {
        (speech, time) = (index, timeLeft);
        return this;
    }

    public Situation AllianceHolds(params string[] cards)
    {
        allianceHand = cards;
        return this;
    }

    public Situation PartnershipHolds(params string[] cards)
    {
        partnershipHand = cards;
        return this;
    }

    /// <summary>Adds an argument to the floor (its id is its position plus one).</summary>
    public Situation OnFloor(string card, Side side, int? target = null)
    {
        var kind = scenario.Card(new CardId(card)).Kind;
        floor.Add(new Argument(floor.Count + 1, new CardId(card), side, side == Side.Alliance ? 0 : 1, kind, target, 0));
        return this;
    }

    public Match Build()
    {
        var match = MatchSetup.Start(scenario, TwoSeats, 1);
        return match with
        {
            SpeechIndex = speech,
            TimeLeft = time,
            Hands = [Ids(allianceHand), Ids(partnershipHand)],
            Floor = [.. floor],
        };
    }

    private static ImmutableArray<CardId> Ids(string[] cards) => [.. cards.Select(c => new CardId(c))];
}
