using System.Globalization;
using Debate.Scenarios.Text;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>
/// Turns single YAML values into typed fields, reporting a wrong type or a value out of range with
/// its position. Each returns null after reporting, so later checks simply skip the field.
/// </summary>
internal static class Scalars
{
    /// <summary>Text longer than this is refused anywhere in a scenario.</summary>
    public const int MaxText = 2000;

    public static Field<string>? Text(Node node, string what, Findings findings, int maxLength = MaxText)
    {
        if (node is not ScalarNode scalar || scalar.IsNull)
        {
            findings.Error(node.Start, $"{what} must be text, not {node.Describe()}", "write the text on the same line, in quotes if it holds ': ' or starts with a bracket");
            return null;
        }

        var value = scalar.Value.Trim();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\n' && ScenarioText.IsRefused(value, i))
            {
                findings.Error(node.Start, $"{what} holds the control character {ScenarioText.Name(value[i])}", "remove the escape sequence (such as \\e or \\x1b) from the text");
                return null;
            }
        }

        if (value.Length == 0)
        {
            findings.Error(node.Start, $"{what} is empty", "write some text or remove the field");
            return null;
        }

        if (value.Length > maxLength)
        {
            findings.Error(node.Start, Invariant($"{what} is {value.Length} characters long; the limit is {maxLength}"), "shorten it");
            return null;
        }

        return new Field<string>(value, node.Start);
    }

    public static Field<int>? Int(Node node, string what, int min, int max, Findings findings)
    {
        if (!IsNumber(node, out var scalar) || !int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            var quoted = node is ScalarNode { Quoted: true } q && int.TryParse(q.Value, CultureInfo.InvariantCulture, out _);
            findings.Error(node.Start, $"{what} must be a whole number, not {node.Describe()}", quoted ? "remove the quotes around the number" : Invariant($"write a whole number from {min} to {max}"));
            return null;
        }

        if (value < min || value > max)
        {
            findings.Error(node.Start, Invariant($"{what} is {value}, outside {min}..{max}"), Invariant($"use a whole number from {min} to {max}"));
            return null;
        }

        return new Field<int>(value, node.Start);
    }

    public static Field<double>? Number(Node node, string what, double min, double max, Findings findings)
    {
        if (!IsNumber(node, out var scalar)
            || !double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            findings.Error(node.Start, $"{what} must be a number, not {node.Describe()}", Invariant($"write a number from {min} to {max}"));
            return null;
        }

        if (value < min || value > max)
        {
            findings.Error(node.Start, Invariant($"{what} is {value}, outside {min}..{max}"), Invariant($"use a number from {min} to {max}"));
            return null;
        }

        return new Field<double>(value, node.Start);
    }

    public static Field<bool>? Flag(Node node, string what, Findings findings)
    {
        if (node is ScalarNode { Quoted: false } scalar && bool.TryParse(scalar.Value, out var value))
        {
            return new Field<bool>(value, node.Start);
        }

        findings.Error(node.Start, $"{what} must be true or false, not {node.Describe()}", "write true or false");
        return null;
    }

    public static Field<T>? Choice<T>(Node node, string what, Words<T> words, Findings findings)
        where T : struct, Enum
    {
        if (node is ScalarNode { IsNull: false } scalar && words.TryGet(scalar.Value.Trim(), out var value))
        {
            return new Field<T>(value, node.Start);
        }

        var given = node is ScalarNode s ? s.Value.Trim() : "";
        var nearest = NearestName.Of(given, words.All);
        findings.Error(node.Start, $"{what} must be one of {words.List}, not {node.Describe()}", nearest is null ? $"write one of {words.List}" : $"did you mean '{nearest}'?");
        return null;
    }

    private static bool IsNumber(Node node, out ScalarNode scalar)
    {
        scalar = node as ScalarNode ?? new ScalarNode(node.Start, "", false);
        return node is ScalarNode { Quoted: false, IsNull: false };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
