namespace Debate.Core.Adjudication;

/// <summary>An attack from one node to another, by index; <see cref="Succeeds"/> when the attacker is at least as strong.</summary>
public readonly record struct Defeat(int Attacker, int Target, bool Succeeds);
