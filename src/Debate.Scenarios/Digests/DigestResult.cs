using System.Collections.Immutable;

namespace Debate.Scenarios.Digests;

/// <summary>A digest read from its file, or the problems that kept it from being read.</summary>
public sealed record DigestResult(Digest? Digest, ImmutableArray<Diagnostic> Diagnostics);
