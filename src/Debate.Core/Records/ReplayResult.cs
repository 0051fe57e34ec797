using Debate.Core.Play;

namespace Debate.Core.Records;

/// <summary>
/// The outcome of replaying a record: the match it reached (null when the record cannot even be dealt), and if it went astray, the first move
/// (from 1) whose hash or legality differs, and why.
/// </summary>
public sealed record ReplayResult(Match? Match, int? DivergedAt, string? Reason)
{
    /// <summary>Whether every move replayed to its recorded state.</summary>
    public bool Verified => DivergedAt is null;
}
