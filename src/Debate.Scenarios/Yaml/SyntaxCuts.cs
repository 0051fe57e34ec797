using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Debate.Scenarios.Yaml;

/// <summary>
/// Everything a load left out after syntax errors, so that later checks neither complain about
/// what they could not see (a missing section, an unknown id that was in the cut lines) nor judge
/// the scenario as a whole (sums, the format, deck sizes) from part of it.
/// </summary>
internal sealed partial class SyntaxCuts
{
    public static readonly SyntaxCuts None = new([], []);

    private SyntaxCuts(ImmutableArray<SyntaxCut> cuts, ImmutableHashSet<string> ids)
    {
        Cuts = cuts;
        Ids = ids;
    }

    public ImmutableArray<SyntaxCut> Cuts { get; }

    /// <summary>Ids and names written in the cut lines: references to them are not reported as unknown.</summary>
    public ImmutableHashSet<string> Ids { get; }

    public bool Any => !Cuts.IsEmpty;

    /// <summary>Whether anything of top-level section <paramref name="section"/> was left out.</summary>
    public bool Touch(string section) => Cuts.Any(c => c.Section == section);

    /// <summary>Whether section <paramref name="section"/> was left out whole (so its absence is no news).</summary>
    public bool Removed(string section) => Cuts.Any(c => c.Section == section && c.WholeSection);

    public static SyntaxCuts Of(IEnumerable<SyntaxCut> cuts, IReadOnlyList<string> originalLines)
    {
        var list = cuts.ToImmutableArray();
        var ids = list
            .SelectMany(c => originalLines.Skip(c.First - 1).Take(c.Last - c.First + 1))
            .Select(l => IdLine().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToImmutableHashSet(StringComparer.Ordinal);
        return new SyntaxCuts(list, ids);
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?(?:id|name)\s*:\s*[""']?([A-Za-z0-9_-]+)")]
    private static partial Regex IdLine();
}
