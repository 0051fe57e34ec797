namespace Debate.Scenarios.Yaml;

/// <summary>
/// Lines left out of the check after a YAML syntax error: one entry of a top-level list (a card, a
/// bloc...) or a whole top-level section, so that the rest of the file can still be read.
/// </summary>
/// <param name="First">First line left out, from 1.</param>
/// <param name="Last">Last line left out.</param>
/// <param name="Section">The top-level field the lines belong to (<c>cards</c>), or empty before the first one.</param>
/// <param name="Label">What was left out, for the message: "card A03", "the 'motion' section".</param>
/// <param name="WholeSection">Whether the section's own line was left out too.</param>
internal sealed record SyntaxCut(int First, int Last, string Section, string Label, bool WholeSection)
{
    public bool Overlaps(SyntaxCut other) => First <= other.Last && other.First <= Last;
}
