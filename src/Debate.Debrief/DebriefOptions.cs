using System.Collections.Immutable;

namespace Debate.Debrief;

/// <summary>
/// How to build a debrief: the source digests that give citations their author and title (keyed by
/// document id, as cards cite them), and whether to replace player names with code names.
/// </summary>
public sealed record DebriefOptions
{
    /// <summary>No digests, real names.</summary>
    public static DebriefOptions Default { get; } = new();

    /// <summary>
    /// Source documents by id (<c>dai-2018</c>). A document missing here still appears in the
    /// debrief, with its bare citation and the coverage the scenario's cards allow.
    /// </summary>
    public IReadOnlyDictionary<string, SourceDocument> Sources { get; init; } = ImmutableDictionary<string, SourceDocument>.Empty;

    /// <summary>Replace every player name with a generated code name, stable within the export.</summary>
    public bool Anonymise { get; init; }
}
