using System.Collections.Immutable;

namespace Debate.Core.Content;

/// <summary>An ordered when/then rule of a scenario persona; the first rule whose conditions hold and whose action is legal wins.</summary>
public sealed record PersonaRule(ImmutableArray<PersonaCondition> When, PersonaAction Then, string? Theme, string Reason);
