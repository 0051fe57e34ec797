namespace Debate.Debrief.Model;

/// <summary>Argument <see cref="Argument"/> fell to the standing argument <see cref="By"/> (both floor ids).</summary>
public sealed record RefutedBy(int Argument, int By);
