using Debate.Core.Content;

namespace Debate.Console.Play;

/// <summary>A scenario loaded from its source, or every problem the loader found (one per line, with file:line:column).</summary>
internal sealed record ScenarioLoad(Scenario? Scenario, IReadOnlyList<string> Problems);
