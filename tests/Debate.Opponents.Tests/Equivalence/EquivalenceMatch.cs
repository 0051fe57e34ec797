using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Opponents.Search;
using Debate.Opponents.Tests.Builders;

namespace Debate.Opponents.Tests.Equivalence;

/// <summary>
/// One seeded match of the result-equivalence fixture: a scenario, who sits where, the deal seed.
/// Played to the verdict through the rules' one door, exactly as a simulation plays it; its result
/// is the final state hash (<see cref="StateHash.Of"/>).
/// </summary>
public sealed record EquivalenceMatch(string Group, Scenario Scenario, ImmutableArray<SeatSpec> Seats, ulong Seed)
{
    /// <summary>The champion's iterations per move in the fixture: few, capped and untimed, so games stay fast and deterministic.</summary>
    public const int ChampionIterations = 40;

    /// <summary>Plays the match to the verdict and returns the final state hash.</summary>
    public string Play()
    {
        var match = MatchSetup.Start(Scenario, Seats, Seed);
        var opponents = new IOpponent[Seats.Length];
        for (var i = 0; i < opponents.Length; i++)
        {
            opponents[i] = OpponentFactory.Create(Seats[i].Controller, Scenario, SeatSeed(Seed, i), ChampionOptions.Capped(ChampionIterations), new FrozenClock());
        }

        while (!match.IsOver)
        {
            var speaker = match.Speaker;
            var choice = opponents[speaker].Choose(PlayerView.Of(match, speaker), Rules.LegalMoves(match));
            var result = Rules.Apply(match, choice.Move);
            match = result.Accepted
                ? result.Match
                : throw new InvalidOperationException($"{Group}, seed {Seed}: {opponents[speaker].Name} chose an illegal move ({choice.Move}): {result.Rejection!.Reason}");
        }

        return StateHash.Of(match);
    }

    /// <summary>The seed of the opponent on seat <paramref name="seat"/> (SplitMix64 of the deal seed and the seat).</summary>
    public static ulong SeatSeed(ulong seed, int seat) => new Rng(seed ^ (0x53656174UL + (ulong)seat) * 0xD1B54A32D192ED03UL).NextUInt64();
}
