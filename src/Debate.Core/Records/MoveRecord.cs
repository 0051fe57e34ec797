using System.Text.Json.Serialization;
using Debate.Core.Play;

namespace Debate.Core.Records;

/// <summary>
/// A move as saved, with the state hash after it was applied and, for an opponent's move, the one
/// line it gave for it: a resumed or replayed match shows the same reasons as the live one. The
/// reason is commentary, not state: replay never reads it, and records without it stay valid.
/// </summary>
public sealed record MoveRecord(
    int Seat,
    MoveKind Kind,
    string? Card,
    int? Target,
    string Hash,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);
