using System.Collections.Immutable;

namespace Debate.Console.Simulation.Balance;

/// <summary>A pairing's part of the balance report: its tally, the swing distribution, the cards' impact and the cards nobody played.</summary>
internal sealed record PairingBalance(PairingResult Result, SwingSummary Swing, ImmutableArray<CardImpact> Cards, ImmutableArray<string> NeverPlayed);
