namespace Debate.Core.Content;

/// <summary>One test in a persona rule's <c>when</c> list.</summary>
public sealed record PersonaCondition(ConditionKind Kind, string? Value, int Count);
