using System.Collections.Immutable;

namespace Debate.Debrief.Model;

/// <summary>
/// How much of one source document the match used: the paragraphs cited and by whom, and the
/// argument paragraphs nobody used. Without a digest, <see cref="Paragraphs"/> is null and
/// <see cref="Unused"/> lists only paragraphs that the scenario's unplayed cards cite.
/// </summary>
/// <param name="FromDigest">Whether a source digest described the document.</param>
public sealed record DocumentCoverage(
    string Document,
    string? Title,
    string? Author,
    string? Outlet,
    string? Date,
    int? Paragraphs,
    bool FromDigest,
    ImmutableArray<ParagraphUse> Used,
    ImmutableArray<UnusedParagraph> Unused);
