using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Debrief.Model;

/// <summary>
/// One player's match: moves, own claims and rebuttals that stand, fell or stayed undecided,
/// rebuttals that landed, evidence played, the role with its objective revealed, and the figures.
/// </summary>
/// <param name="Controller"><c>human</c>, or the opponent level or persona that played the seat.</param>
/// <param name="Role">Null when the seat played without a role.</param>
public sealed record PlayerReport(
    int Seat,
    string Name,
    Side Side,
    string Controller,
    RoleReport? Role,
    ImmutableArray<MoveLine> Moves,
    ImmutableArray<int> Standing,
    ImmutableArray<RefutedBy> Refuted,
    ImmutableArray<int> Undecided,
    ImmutableArray<LandedRebuttal> RebuttalsLanded,
    ImmutableArray<int> Evidence,
    PlayerFigures Figures);
