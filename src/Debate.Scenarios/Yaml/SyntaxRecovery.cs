using System.Globalization;

namespace Debate.Scenarios.Yaml;

/// <summary>
/// Reads a scenario's YAML and, past a syntax error, the rest of the file: the parser stops at the
/// first error, so the list entry (a card, a bloc...) or the section that holds it is left out and
/// the text read again, until it parses. Every syntax error is reported with what was left out, so
/// the author sees every other problem in one run and knows which checks are still to come.
/// </summary>
internal static class SyntaxRecovery
{
    /// <summary>Syntax errors read past before giving up on the rest of the file.</summary>
    public const int MaxErrors = 20;

    public static Node? Read(string text, Findings findings)
    {
        var original = text.Split('\n');
        var lines = (string[])original.Clone();
        var cuts = new List<SyntaxCut>();
        while (true)
        {
            var attempt = new Findings(findings.Path);
            var root = NodeReader.Parse(string.Join('\n', lines), attempt, out var syntax);
            if (syntax is null)
            {
                findings.Absorb(attempt);
                findings.Cuts = SyntaxCuts.Of(cuts, original);
                return root;
            }

            var next = cuts.Count < MaxErrors ? Next(lines, syntax) : [];
            if (next.Count == 0)
            {
                findings.Absorb(attempt);
                findings.Error(syntax.At, syntax.Message, NodeReader.SyntaxHint + (cuts.Count < MaxErrors
                    ? "; the file cannot be read past this point, so other problems may follow once this is fixed"
                    : Invariant($"; after {MaxErrors} syntax errors the rest of the file was not read, so other problems may follow")));
                findings.Cuts = SyntaxCuts.Of(cuts, original);
                return null;
            }

            findings.Error(syntax.At, syntax.Message, NodeReader.SyntaxHint + "; " + LeftOut(next) + " left out of the check, so problems that involve it may follow once this is fixed");
            foreach (var cut in next)
            {
                for (var i = cut.First; i <= cut.Last; i++)
                {
                    lines[i - 1] = "";
                }
            }

            cuts.AddRange(next);
        }
    }

    /// <summary>What to leave out for <paramref name="syntax"/>: the entries from the last value read to the error, else the section; empty when nothing more can be left out.</summary>
    private static IReadOnlyList<SyntaxCut> Next(string[] lines, SyntaxError syntax)
    {
        var entries = SectionLayout.Around(lines, Math.Min(syntax.LastRead.Line, syntax.At.Line), syntax.At.Line);
        if (entries.Count > 0 && entries.Any(c => HasText(lines, c)))
        {
            return entries;
        }

        return SectionLayout.Section(lines, syntax.At.Line) is { } section && HasText(lines, section) ? [section] : [];
    }

    private static bool HasText(string[] lines, SyntaxCut cut) =>
        lines.Skip(cut.First - 1).Take(cut.Last - cut.First + 1).Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

    private static string LeftOut(IReadOnlyList<SyntaxCut> cuts) =>
        string.Join(" and ", cuts.Select(c => c.First == c.Last ? Invariant($"{c.Label} (line {c.First})") : Invariant($"{c.Label} (lines {c.First}-{c.Last})")))
        + (cuts.Count == 1 ? " was" : " were");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
