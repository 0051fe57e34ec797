namespace Debate.Scenarios.Yaml;

/// <summary>
/// The outline of a scenario file read from its indentation alone, which still works where the YAML
/// does not parse: top-level sections (a field at the left margin) and the entries of a section that
/// is a list (<c>- </c> lines at one indentation).
/// </summary>
internal static class SectionLayout
{
    private static readonly Dictionary<string, string> EntryNames = new(StringComparer.Ordinal)
    {
        ["themes"] = "theme", ["cards"] = "card", ["events"] = "event", ["blocs"] = "bloc", ["roles"] = "role",
        ["phases"] = "phase", ["personas"] = "persona", ["rubric"] = "rubric criterion",
    };

    /// <summary>
    /// The smallest parts to leave out so that lines <paramref name="from"/> to <paramref name="to"/>
    /// (from 1) are gone: the list entries that hold them, or whole sections (a section's own line is
    /// never left out without its entries, which would then join the section above). Empty when the
    /// lines lie before the first section.
    /// </summary>
    public static IReadOnlyList<SyntaxCut> Around(IReadOnlyList<string> lines, int from, int to)
    {
        from = Math.Clamp(from, 1, lines.Count);
        to = Math.Clamp(to, from, lines.Count);
        if (Part(lines, from) is not { } first || Part(lines, to) is not { } last)
        {
            return [];
        }

        if (SectionStart(lines, from) == SectionStart(lines, to))
        {
            return first.WholeSection || last.WholeSection
                ? [Section(lines, from)!]
                : [first with { Last = last.Last, Label = first == last ? first.Label : $"{first.Label} to {last.Label}" }];
        }

        // The text runs from one section into another: the first entry to the end of its section, then whole sections.
        var cuts = new List<SyntaxCut> { first with { Last = TrimEnd(lines, first.First, SectionEnd(lines, SectionStart(lines, from))) } };
        for (var start = SectionEnd(lines, SectionStart(lines, from)) + 1; start <= to; start = SectionEnd(lines, start) + 1)
        {
            cuts.Add(Section(lines, start)!);
        }

        return cuts;
    }

    /// <summary>The whole section that holds line <paramref name="line"/>, or null before the first section.</summary>
    public static SyntaxCut? Section(IReadOnlyList<string> lines, int line)
    {
        line = Math.Clamp(line, 1, lines.Count);
        var start = SectionStart(lines, line);
        if (start == 0)
        {
            return null;
        }

        var key = KeyOf(lines[start - 1]);
        return new SyntaxCut(start, TrimEnd(lines, start, SectionEnd(lines, start)), key, $"the '{key}' section", WholeSection: true);
    }

    private static SyntaxCut? Part(IReadOnlyList<string> lines, int line)
    {
        var section = Section(lines, line);
        if (section is null)
        {
            return null;
        }

        var start = section.First;
        var end = SectionEnd(lines, start);
        var indent = EntryIndent(lines, start, end);
        if (indent < 0 || line == start)
        {
            return section;
        }

        var entry = 0;
        for (var i = start + 1; i <= line; i++)
        {
            entry = IsEntryStart(lines[i - 1], indent) ? i : entry;
        }

        if (entry == 0)
        {
            return section;
        }

        var next = entry + 1;
        while (next <= end && !IsEntryStart(lines[next - 1], indent))
        {
            next++;
        }

        var noun = EntryNames.GetValueOrDefault(section.Section, $"entry of '{section.Section}'");
        var id = SyntaxCuts.Of([new SyntaxCut(entry, entry, section.Section, "", false)], lines).Ids.FirstOrDefault();
        var label = id is null ? $"the {noun} at line {entry}" : $"{noun} {id}";
        return new SyntaxCut(entry, TrimEnd(lines, entry, next - 1), section.Section, label, WholeSection: false);
    }

    private static int SectionStart(IReadOnlyList<string> lines, int line)
    {
        for (var i = line; i >= 1; i--)
        {
            if (IsSectionLine(lines[i - 1]))
            {
                return i;
            }
        }

        return 0;
    }

    private static int SectionEnd(IReadOnlyList<string> lines, int start)
    {
        var i = start + 1;
        while (i <= lines.Count && !IsSectionLine(lines[i - 1]))
        {
            i++;
        }

        return i - 1;
    }

    /// <summary>The indentation of the section's entries when its first content line is a '- ' entry; else -1.</summary>
    private static int EntryIndent(IReadOnlyList<string> lines, int start, int end)
    {
        for (var i = start + 1; i <= end; i++)
        {
            var text = lines[i - 1];
            var content = text.TrimStart();
            if (content.Length == 0 || content.StartsWith('#'))
            {
                continue;
            }

            return content == "-" || content.StartsWith("- ", StringComparison.Ordinal) ? text.Length - content.Length : -1;
        }

        return -1;
    }

    private static bool IsEntryStart(string line, int indent) =>
        line.Length > indent && line[..indent].All(c => c == ' ') && line[indent] == '-' && (line.Length == indent + 1 || line[indent + 1] == ' ');

    /// <summary>A field at the left margin: not indented, not a comment, not a list dash or a document marker.</summary>
    private static bool IsSectionLine(string line) =>
        line.Length > 0 && line[0] is not (' ' or '\t' or '#' or '-' or '.');

    private static string KeyOf(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var key = (colon < 0 ? line : line[..colon]).Trim().Trim('"', '\'');
        return key.Length <= 40 ? key : key[..40];
    }

    /// <summary>The last line of <paramref name="start"/>..<paramref name="end"/> that is not blank or a comment.</summary>
    private static int TrimEnd(IReadOnlyList<string> lines, int start, int end)
    {
        while (end > start && (lines[end - 1].Trim().Length == 0 || lines[end - 1].TrimStart().StartsWith('#')))
        {
            end--;
        }

        return end;
    }
}
