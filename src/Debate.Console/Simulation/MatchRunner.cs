using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents;

namespace Debate.Console.Simulation;

/// <summary>
/// Plays one match to the verdict with an opponent on every seat, each seeing only its own view and
/// choosing from the legal moves, exactly as in a real match.
/// </summary>
internal static class MatchRunner
{
    // The engine's listing of the legal moves, read in place by the opponents that only pick one (no array of moves a
    // move), and kept by each thread from game to game (no allocation a game).
    [ThreadStatic]
    private static MoveListing? listing;

    /// <summary>What is wrong with these seats for a simulation (a human seat, an unknown controller), or null.</summary>
    public static string? Problem(Scenario scenario, IReadOnlyList<SeatSpec> seats)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var unknown = seats.FirstOrDefault(s => !OpponentFactory.Knows(s.Controller, scenario));
        return unknown is not null
            ? $"Seat {unknown.Name} has controller '{unknown.Controller}'; a simulation needs one of: {string.Join(", ", OpponentFactory.Names(scenario))}."
            : MatchSetup.Problem(scenario, seats);
    }

    /// <summary>Plays <paramref name="game"/>; every opponent draws its randomness from the game's seed and its seat.</summary>
    // Optimised at its first call, not tiered: see Debate.Core.Play.SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static GameResult Play(Scenario scenario, GameSpec game, OpponentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(settings);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        // The seats' own array, read in place by the deal: an immutable array passed as a list would be boxed per game.
        var match = MatchSetup.Start(scenario, ImmutableCollectionsMarshal.AsArray(game.Seats)!, game.Seed);
        var opponents = new IOpponent[game.Seats.Length];
        for (var i = 0; i < opponents.Length; i++)
        {
            opponents[i] = OpponentFactory.Create(game.Seats[i].Controller, scenario, Seeds.ForSeat(game.Seed, i), settings.Champion, settings.Clock);
        }

        var choices = 0;
        var legal = listing ??= new MoveListing();
        while (!match.IsOver)
        {
            var speaker = match.Speaker;
            legal.Of(match);
            choices += legal.Count > 2 ? 1 : 0;
            var choice = opponents[speaker].Choose(PlayerView.Of(match, speaker), legal);
            var result = Rules.Apply(match, choice.Move);
            match = result.Accepted
                ? result.Match
                : throw new InvalidOperationException($"{opponents[speaker].Name} chose an illegal move ({choice.Move}): {result.Rejection!.Reason}");
        }

        var (alliance, partnership) = Swings.TotalOf(match);
        var winner = Adjudicator.WinnerBySwing(match);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return new GameResult(game, winner, alliance, partnership, match.MoveCount, match, choices, allocated);
    }

    /// <summary>One game between two controllers, one seat a side, dealt from <paramref name="seed"/>.</summary>
    public static GameResult Play(Scenario scenario, string alliance, string partnership, ulong seed, OpponentSettings? settings = null) =>
        Play(scenario, GameSpec.Duel(0, seed, alliance, partnership), settings ?? OpponentSettings.Default);
}
