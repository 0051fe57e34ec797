namespace Debate.Scenarios.Yaml;

/// <summary>Where the YAML parser gave up, and the last position it had read without trouble.</summary>
/// <param name="At">Where the parser reports the error.</param>
/// <param name="Message">The message, starting "YAML syntax:".</param>
/// <param name="LastRead">The start of the last value read before it; the cause may lie there.</param>
internal sealed record SyntaxError(Mark At, string Message, Mark LastRead);
