using Debate.Core.Content;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>Reads the entries of <c>roles:</c>, the role sheets and their secret objectives.</summary>
internal static class RoleReader
{
    public static readonly string[] Known = ["id", "side", "title", "brief", "objective"];

    public static RoleDto Read(MapNode map, int index, Findings findings)
    {
        var reader = new MapReader(map, $"role #{index + 1}", Known, findings);
        var id = Ids.Read(reader, "id", slug: false);
        if (id is not null)
        {
            reader.Owner = $"role {id.Value}";
        }

        var role = new RoleDto(
            map.Start,
            id,
            reader.Choice("side", required: true, Vocabulary.Sides),
            reader.Text("title", required: true, 200),
            reader.Text("brief", required: true),
            Objective(reader));
        reader.ReportUnknown();
        return role;
    }

    private static ObjectiveDto? Objective(MapReader role)
    {
        if (role.Map("objective", required: true) is not { } map)
        {
            return null;
        }

        var reader = new MapReader(map, role.Owner + " objective", ["kind", "theme", "count", "text"], role.Findings);
        var kind = reader.Choice("kind", required: true, Vocabulary.ObjectiveKinds);
        var needsTheme = kind?.Value is ObjectiveKind.StandingOnTheme or ObjectiveKind.NoOpposingOnTheme;
        var needsCount = kind?.Value is ObjectiveKind.StandingOnTheme or ObjectiveKind.RebuttalsLanded;
        var objective = new ObjectiveDto(
            map.Start,
            kind,
            reader.Text("theme", required: needsTheme, 64),
            reader.Int("count", required: needsCount, 1, 20),
            reader.Text("text", required: true));
        if (kind is not null && !needsTheme && objective.Theme is { } theme)
        {
            role.Findings.Warning(theme.At, $"{role.Owner}: an objective of kind {Vocabulary.ObjectiveKinds.Word(kind.Value)} does not use 'theme'", "remove it, or use standing-on-theme or no-opposing-on-theme");
        }

        if (kind is not null && !needsCount && objective.Count is { } count)
        {
            role.Findings.Warning(count.At, $"{role.Owner}: an objective of kind {Vocabulary.ObjectiveKinds.Word(kind.Value)} does not use 'count'", "remove it, or use standing-on-theme or rebuttals-landed");
        }

        reader.ReportUnknown();
        return objective;
    }
}
