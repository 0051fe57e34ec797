using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Console.Simulation;

/// <summary>
/// The outcome of one simulated game: the winner by swing (null for a dead heat), each side's
/// normalised swing, how long it ran, which cards each side played, how many of its decisions
/// offered a real choice (two cards or more to pick from), and the bytes the game allocated (set-up,
/// every move and every opponent's choice), for the speed figures of `debate simulate`.
/// </summary>
internal sealed record GameResult(
    GameSpec Game,
    Side? Winner,
    double AllianceSwing,
    double PartnershipSwing,
    int Moves,
    ImmutableArray<PlayedCard> Played,
    int Choices,
    long AllocatedBytes = 0)
{
    /// <summary>Alliance's swing minus Partnership's: the margin of the verdict, signed.</summary>
    public double Margin => AllianceSwing - PartnershipSwing;

    /// <summary>The controllers of the winning side, or null for a dead heat.</summary>
    public string? WinningController => Winner is { } side ? Game.ControllerOf(side) : null;
}
