using System.Collections.Immutable;

namespace Debate.Core.Content;

/// <summary>
/// A phase of the format (Opening, Rebuttal, Closing...): its speeches, repeated for
/// <see cref="Rounds"/> rounds, with an event revealed before each round when <see cref="RevealEvent"/>.
/// </summary>
public sealed record Phase(string Name, int Rounds, bool RevealEvent, ImmutableArray<Speech> Speeches);
