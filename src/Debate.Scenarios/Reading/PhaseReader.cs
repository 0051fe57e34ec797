using System.Collections.Immutable;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>Reads the entries of <c>phases:</c>, the format of the debate, and their speeches.</summary>
internal static class PhaseReader
{
    public const int MaxRounds = 5;
    public const int MaxSpeeches = 12;

    public static readonly string[] Known = ["name", "rounds", "event", "speeches"];
    public static readonly string[] SpeechFields = ["side", "allow", "time", "draw"];

    public static PhaseDto Read(MapNode map, int index, Findings findings)
    {
        var reader = new MapReader(map, $"phase #{index + 1}", Known, findings);
        var name = reader.Text("name", required: true, 60);
        if (name is not null)
        {
            reader.Owner = $"phase {name.Value}";
        }

        var rounds = reader.Int("rounds", required: false, 1, MaxRounds);
        var reveal = reader.Flag("event");
        var speechList = reader.List("speeches", required: true);
        if (speechList is { Items.Count: 0 })
        {
            findings.Error(speechList.Start, $"{reader.Owner}: the phase has no speeches", "add at least one speech, such as '- { side: alliance, allow: [claim], time: 3 }'");
        }
        else if (speechList is { Items.Count: > MaxSpeeches })
        {
            findings.Error(speechList.Start, $"{reader.Owner}: {speechList.Items.Count} speeches; a phase has at most {MaxSpeeches}", "split the phase, or use 'rounds' to repeat it");
        }

        var speeches = reader.Entries("speeches", required: false, "speech")
            .Select((s, i) => Speech(s, $"{reader.Owner}, speech {i + 1}", findings))
            .ToImmutableArray();
        reader.ReportUnknown();
        return new PhaseDto(map.Start, name, rounds, reveal, speeches);
    }

    private static SpeechDto Speech(MapNode map, string owner, Findings findings)
    {
        var reader = new MapReader(map, owner, SpeechFields, findings);
        var speech = new SpeechDto(
            map.Start,
            reader.Choice("side", required: true, Vocabulary.Sides),
            reader.ListOf("allow", required: true, 1, 3, (n, what) => Scalars.Choice(n, what + " item", Vocabulary.CardKinds, findings)),
            reader.Int("time", required: true, 1, 10),
            reader.Int("draw", required: false, 0, 10));
        reader.ReportUnknown();
        return speech;
    }
}
