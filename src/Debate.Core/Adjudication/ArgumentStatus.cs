using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Adjudication;

/// <summary>
/// Where an argument stands and why, as a judge would say it: its label, its strength, who attacked
/// it (and which of those attacks succeeded), whether it was dropped (never answered), and the
/// explanation as one sentence a student can check by hand.
/// </summary>
public sealed record ArgumentStatus(
    int Id,
    CardId Card,
    string Tag,
    Side Side,
    int Seat,
    CardKind Kind,
    ImmutableArray<string> Themes,
    int Strength,
    Label Label,
    bool Dropped,
    ImmutableArray<int> Attackers,
    ImmutableArray<int> DefeatedBy,
    string Explanation);
