using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Simulation;

/// <summary>
/// The outcome of one simulated game: the winner by swing (null for a dead heat), each side's
/// normalised swing, how long it ran, the match at its verdict (for the cards each side played), how
/// many of its decisions offered a real choice (two cards or more to pick from), and the bytes the game
/// allocated (set-up, every move and every opponent's choice), for the speed figures of `debate simulate`.
/// </summary>
internal sealed record GameResult(
    GameSpec Game,
    Side? Winner,
    double AllianceSwing,
    double PartnershipSwing,
    int Moves,
    Match Final,
    int Choices,
    long AllocatedBytes = 0)
{
    /// <summary>How many cards were played (a simulation that only counts them never lists them).</summary>
    public int CardsPlayed => Final.ArgumentCount;

    /// <summary>The cards played, in order, with the side that played each: made when read (the balance report reads them once).</summary>
    public ImmutableArray<PlayedCard> Played => [.. Final.Floor.Select(a => new PlayedCard(a.Card, a.Side))];

    /// <summary>Alliance's swing minus Partnership's: the margin of the verdict, signed.</summary>
    public double Margin => AllianceSwing - PartnershipSwing;

    /// <summary>The controllers of the winning side, or null for a dead heat.</summary>
    public string? WinningController => Winner is { } side ? Game.ControllerOf(side) : null;
}
