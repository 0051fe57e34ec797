using System.Collections.Immutable;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>Reads the root of a scenario file into a <see cref="ScenarioDto"/>, reporting every problem of shape.</summary>
internal static class ScenarioReader
{
    /// <summary>A description is a paragraph or two for the instructor, not an essay.</summary>
    public const int MaxDescription = 1500;

    public static readonly string[] Known = ["id", "title", "description", "motion", "hand_size", "themes", "cards", "events", "blocs", "roles", "phases", "personas", "rubric"];

    public static ScenarioDto? Read(Node? root, Findings findings)
    {
        if (root is null)
        {
            if (!findings.HasErrors)
            {
                findings.Error(Mark.FileStart, "the file is empty", "start from 'debate scenario new NAME', which writes a commented template");
            }

            return null;
        }

        if (root is not MapNode map)
        {
            findings.Error(root.Start, $"a scenario is a mapping of fields (id, title, motion, ...), not {root.Describe()}", "start the file with 'id: my-debate' at the left margin");
            return null;
        }

        var reader = new MapReader(map, "scenario", Known, findings) { Excused = findings.Cuts.Touch };
        reader.ReportUnknown();
        return new ScenarioDto(
            Ids.Read(reader, "id", slug: true),
            reader.Text("title", required: true, 200),
            Motion(reader),
            reader.Int("hand_size", required: true, 1, 10),
            [.. reader.Entries("themes", required: true, "theme").Select(t => Theme(t, findings))],
            [.. reader.Entries("cards", required: true, "card").Select((c, i) => CardReader.Read(c, i, findings))],
            [.. reader.Entries("events", required: false, "event").Select((e, i) => EventReader.Read(e, i, findings))],
            map.Key("blocs")?.Start,
            [.. reader.Entries("blocs", required: true, "bloc").Select((b, i) => BlocReader.Read(b, i, findings))],
            [.. reader.Entries("roles", required: false, "role").Select((r, i) => RoleReader.Read(r, i, findings))],
            map.Key("phases")?.Start,
            [.. reader.Entries("phases", required: true, "phase").Select((p, i) => PhaseReader.Read(p, i, findings))],
            [.. reader.Entries("personas", required: false, "persona").Select((p, i) => PersonaReader.Read(p, i, findings))],
            [.. reader.Entries("rubric", required: false, "rubric criterion").Select((r, i) => RubricReader.Read(r, i, findings))])
        {
            Description = reader.Text("description", required: false, MaxDescription),
        };
    }

    private static MotionDto? Motion(MapReader scenario)
    {
        if (scenario.Map("motion", required: true) is not { } map)
        {
            return null;
        }

        var reader = new MapReader(map, "motion", ["text", "alliance", "partnership"], scenario.Findings);
        var motion = new MotionDto(
            reader.Text("text", required: true, 300),
            reader.Text("alliance", required: true, 300),
            reader.Text("partnership", required: true, 300));
        reader.ReportUnknown();
        return motion;
    }

    private static ThemeDto Theme(MapNode map, Findings findings)
    {
        var reader = new MapReader(map, "theme", ["id", "name"], findings);
        var id = Ids.Read(reader, "id", slug: true);
        if (id is not null)
        {
            reader.Owner = $"theme {id.Value}";
        }

        var theme = new ThemeDto(map.Start, id, reader.Text("name", required: true, 200));
        reader.ReportUnknown();
        return theme;
    }
}
