using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Debate.Debrief.Rendering;

/// <summary>
/// The debrief model as indented JSON: field names are the model's property names in snake_case,
/// enums are snake_case words, absent values are null, and text is kept readable (no \u escapes
/// for quotes or non-ASCII letters).
/// </summary>
internal static class JsonRenderer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Render(Debrief debrief) => JsonSerializer.Serialize(debrief, Options) + "\n";
}
