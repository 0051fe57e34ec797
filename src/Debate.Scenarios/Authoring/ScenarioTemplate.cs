namespace Debate.Scenarios.Authoring;

/// <summary>
/// The commented starting scenario that <c>debate scenario new</c> writes: small, complete, and
/// clean under the validator with the built-in digests.
/// </summary>
public static class ScenarioTemplate
{
    private const string TemplateId = "new-scenario";

    /// <summary>The template with its id set to <paramref name="id"/> and the schema line pointing at <paramref name="schemaPath"/>.</summary>
    /// <param name="id">A scenario id: lower-case letters, digits and '-' (see <see cref="IdFor"/>).</param>
    /// <param name="schemaPath">Where editors find <c>scenario.schema.json</c>, relative to the new file.</param>
    public static string For(string id, string schemaPath = "./scenario.schema.json")
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(schemaPath);
        var text = BuiltInResources.Text($"templates/{TemplateId}.yaml")
            ?? throw new ScenarioException("The scenario template is missing from this build of Debate.Scenarios.");
        return text
            .Replace("$schema=./scenario.schema.json", "$schema=" + schemaPath, StringComparison.Ordinal)
            .Replace($"id: {TemplateId} ", $"id: {id} ", StringComparison.Ordinal)
            .Replace("title: New scenario ", $"title: {Title(id)} ", StringComparison.Ordinal);
    }

    /// <summary>A valid scenario id made from a file name: lower-case, other characters turned into '-'.</summary>
    public static string IdFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chars = name.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-').ToArray();
        var id = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return id.Length == 0 ? TemplateId : id[..Math.Min(id.Length, 64)].TrimEnd('-');
    }

    private static string Title(string id)
    {
        var words = id.Replace('-', ' ');
        return words.Length == 0 ? "New scenario" : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
