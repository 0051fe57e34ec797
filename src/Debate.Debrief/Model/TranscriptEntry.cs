using Debate.Core.Content;

namespace Debate.Debrief.Model;

/// <summary>
/// One line of the transcript: a card played, as a sentence of its speaker, or the news revealed
/// before a speech (then <see cref="Argument"/>, <see cref="Seat"/> and <see cref="Speaker"/> are null).
/// </summary>
public sealed record TranscriptEntry(
    int Speech,
    string SpeechTitle,
    int? Argument,
    int? Seat,
    string? Speaker,
    CardKind Kind,
    string Card,
    string Sentence,
    CitationReport Citation);
