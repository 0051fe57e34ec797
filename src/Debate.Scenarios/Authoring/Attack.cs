using Debate.Core.Content;

namespace Debate.Scenarios.Authoring;

/// <summary>One edge of the attack graph: <paramref name="Attacker"/> can be played against <paramref name="Target"/>.</summary>
/// <param name="Named">True when the attacker names the target in its <c>targets</c>; false when it reaches it by a shared theme.</param>
public sealed record Attack(CardId Attacker, CardId Target, bool Named);
