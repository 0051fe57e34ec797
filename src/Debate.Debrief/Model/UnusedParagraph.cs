using System.Collections.Immutable;

namespace Debate.Debrief.Model;

/// <summary>
/// A paragraph that carries an argument (by the digest, or because a card of the scenario cites it)
/// and that nobody used, with the scenario's cards that cite it.
/// </summary>
public sealed record UnusedParagraph(int Paragraph, string? Summary, ImmutableArray<string> Cards);
