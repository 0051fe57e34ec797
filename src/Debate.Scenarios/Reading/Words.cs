namespace Debate.Scenarios.Reading;

/// <summary>The words a field accepts (kebab-case, as the format writes them) and what each means.</summary>
internal sealed class Words<T>(params (string Word, T Value)[] pairs)
    where T : notnull
{
    private readonly Dictionary<string, T> values = pairs.ToDictionary(p => p.Word, p => p.Value, StringComparer.Ordinal);
    private readonly Dictionary<T, string> words = pairs.ToDictionary(p => p.Value, p => p.Word);

    public IReadOnlyList<string> All { get; } = [.. pairs.Select(p => p.Word)];

    public string List => string.Join(" | ", All);

    public bool TryGet(string word, out T value) => values.TryGetValue(word, out value!);

    public string Word(T value) => words[value];
}
