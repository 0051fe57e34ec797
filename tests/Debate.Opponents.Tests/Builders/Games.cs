using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Search;

namespace Debate.Opponents.Tests.Builders;

/// <summary>Plays whole matches between opponents, the way the simulation runner does, for tests.</summary>
public static class Games
{
    /// <summary>A level or persona; the champion is capped (no clock) so that tests are deterministic.</summary>
    public static IOpponent Create(string controller, Scenario scenario, ulong seed, int championIterations = 150) =>
        OpponentFactory.Create(controller, scenario, seed, ChampionOptions.Capped(championIterations), new FrozenClock());

    /// <summary>Plays to the verdict; returns every choice made and the final match.</summary>
    public static (List<OpponentChoice> Choices, Match Final) Play(Scenario scenario, IOpponent alliance, IOpponent partnership, ulong seed)
    {
        var match = MatchSetup.Start(scenario, Situation.TwoSeats, seed);
        var seats = new[] { alliance, partnership };
        var choices = new List<OpponentChoice>();
        while (!match.IsOver)
        {
            var speaker = match.Speaker;
            var choice = seats[speaker].Choose(PlayerView.Of(match, speaker), Rules.LegalMoves(match));
            choices.Add(choice);
            var result = Rules.Apply(match, choice.Move);
            if (!result.Accepted)
            {
                throw new InvalidOperationException($"{seats[speaker].Name} chose an illegal move: {result.Rejection!.Reason}");
            }

            match = result.Match;
        }

        return (choices, match);
    }

    public static Side? Winner(Match final) => Adjudicator.Judge(final).Winner;
}
