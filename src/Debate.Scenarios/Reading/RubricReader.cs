using Debate.Scenarios.Dto;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>Reads the entries of <c>rubric:</c>, the assessment criteria.</summary>
internal static class RubricReader
{
    public static readonly string[] Known = ["id", "name", "measure", "weight", "full_marks_at"];

    public static CriterionDto Read(MapNode map, int index, Findings findings)
    {
        var reader = new MapReader(map, $"rubric criterion #{index + 1}", Known, findings);
        var id = Ids.Read(reader, "id", slug: false);
        if (id is not null)
        {
            reader.Owner = $"rubric criterion {id.Value}";
        }

        var criterion = new CriterionDto(
            map.Start,
            id,
            reader.Text("name", required: true, 200),
            reader.Choice("measure", required: true, Vocabulary.Measures),
            reader.Number("weight", required: true, 0.01, 100),
            reader.Number("full_marks_at", required: true, 0.01, 1000));
        reader.ReportUnknown();
        return criterion;
    }
}
