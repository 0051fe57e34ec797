using System.Collections.Immutable;

namespace Debate.Debrief.Model;

/// <summary>A paragraph cited by a card played or an event revealed, with its digest summary if known, and by whom.</summary>
public sealed record ParagraphUse(int Paragraph, string? Summary, ImmutableArray<ParagraphUser> By);
