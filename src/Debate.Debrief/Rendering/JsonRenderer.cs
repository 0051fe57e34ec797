using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Debate.Core.Text;

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

    public static string Render(Debrief debrief) => Visible(JsonSerializer.Serialize(debrief, Options)) + "\n";

    /// <summary>
    /// The relaxed encoder leaves bidi overrides, zero-width and other invisible characters raw, and
    /// JSON often goes straight to a terminal: each becomes its <c>\uXXXX</c> escape, which every
    /// JSON reader turns back into the same text (the serializer already escaped the controls).
    /// </summary>
    private static string Visible(string json)
    {
        if (VisibleText.IsVisibleBlock(json))
        {
            return json;
        }

        var sb = new StringBuilder(json.Length + 32);
        for (var i = 0; i < json.Length; i++)
        {
            var pair = char.IsHighSurrogate(json[i]) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]);
            var unit = json.Substring(i, pair ? 2 : 1);
            if (unit == "\n" || VisibleText.IsVisibleLine(unit))
            {
                sb.Append(unit);
            }
            else
            {
                foreach (var c in unit)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                }
            }

            i += unit.Length - 1;
        }

        return sb.ToString();
    }
}
