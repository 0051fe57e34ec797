namespace Debate.Debrief.Model;

/// <summary>A rebuttal that stands and defeats its target (both floor ids).</summary>
public sealed record LandedRebuttal(int Rebuttal, int Target);
