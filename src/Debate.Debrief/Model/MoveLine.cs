using Debate.Core.Play;

namespace Debate.Debrief.Model;

/// <summary>
/// One move of a player, in log order: the speech, what kind, the card and the argument it made
/// (null for ending a speech), and a line of text for reading.
/// </summary>
/// <param name="Number">Position in the record's action log, from 1.</param>
public sealed record MoveLine(int Number, int Speech, string SpeechTitle, MoveKind Kind, string? Card, int? Argument, int? Target, string Text);
