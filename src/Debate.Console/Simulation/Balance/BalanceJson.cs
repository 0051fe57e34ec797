using System.Text.Json;
using System.Text.Json.Serialization;

namespace Debate.Console.Simulation.Balance;

/// <summary>The balance report as one line of JSON (snake_case names), for scripts and CI.</summary>
internal static class BalanceJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Write(BalanceReport report) => JsonSerializer.Serialize(report, Options);
}
