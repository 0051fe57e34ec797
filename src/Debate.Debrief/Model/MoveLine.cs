using System.Text.Json.Serialization;
using Debate.Core.Play;

namespace Debate.Debrief.Model;

/// <summary>
/// One move of a player, in log order: the speech, what kind, the card and the argument it made
/// (null for ending a speech), a line of text for reading, what it did on the floor, and the reason a
/// scripted opponent gave for it (null for a person's move, and then left out of the JSON).
/// </summary>
/// <param name="Number">Position in the record's action log, from 1.</param>
/// <param name="Outcome">What the move did, in the rules' words of its preview: "defeats #5, 4 against 4 (direct answer +1)".</param>
public sealed record MoveLine(
    int Number,
    int Speech,
    string SpeechTitle,
    MoveKind Kind,
    string? Card,
    int? Argument,
    int? Target,
    string Text,
    string Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);
