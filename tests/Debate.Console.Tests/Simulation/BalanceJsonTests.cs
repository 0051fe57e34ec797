using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Debate.Console.Simulation;
using Debate.Console.Simulation.Balance;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Console.Tests.Simulation;

/// <summary>
/// `debate balance --format json` writes its report field by field; the text must be exactly what the
/// serializer makes of the report records by reflection (snake_case names, snake_case enums, infinite
/// bucket edges as named literals), so that no field is dropped, renamed or reordered.
/// </summary>
public sealed class BalanceJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    [Test]
    public void Write_OnAPlayedReport_IsTheSerializersTextToTheByte()
    {
        // Seed 1, 24 games a pairing: three pairings, every swing bucket edge (the infinite ones too), cards played and not.
        var scenario = BuiltInScenarios.Default;
        var pairings = Pairing.RoundRobin(["novice", "debater"], mirrors: true);
        var batches = Batch.Play(scenario, pairings, 24, seed: 1, OpponentSettings.Capped(100), "json", TextWriter.Null);
        var report = BalanceReport.Of(scenario, 24, 1, 0.25, batches);

        Assert.That(BalanceJson.Write(report), Is.EqualTo(JsonSerializer.Serialize(report, Reflection)));
    }

    [Test]
    public void Write_OnAnEmptyReport_IsTheSerializersTextToTheByte()
    {
        var scenario = BuiltInScenarios.Default;
        var report = BalanceReport.Of(scenario, 0, 7, 0, ImmutableArray<PairingTally>.Empty);

        Assert.That(BalanceJson.Write(report), Is.EqualTo(JsonSerializer.Serialize(report, Reflection)));
    }
}
