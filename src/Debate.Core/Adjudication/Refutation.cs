namespace Debate.Core.Adjudication;

/// <summary>An argument that fell, and the standing argument that brought it down.</summary>
public sealed record Refutation(ArgumentStatus Refuted, ArgumentStatus By);
