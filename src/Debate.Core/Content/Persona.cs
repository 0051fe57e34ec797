using System.Collections.Immutable;

namespace Debate.Core.Content;

/// <summary>
/// A scripted opponent described by an instructor in the scenario file: the themes it prefers and
/// an ordered list of when/then rules, tried before its fallback level's own choice.
/// </summary>
public sealed record Persona(string Id, string Name, string Description, ImmutableArray<string> PreferredThemes, ImmutableArray<PersonaRule> Rules);
