using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>A value read from the file, with where it was written, so later checks can point at it.</summary>
internal sealed record Field<T>(T Value, Mark At);
