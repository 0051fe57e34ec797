namespace Debate.Scenarios.Reading;

/// <summary>
/// The words a field accepts (kebab-case, as the format writes them) and what each means. A handful
/// of words each, so a scan of two arrays: no dictionaries or LINQ built over each enum type, whose
/// code the JIT had to compile for every one of them at every start (ReadyToRun cannot carry
/// framework generics over another assembly's enums), about a fifth of a scenario's loading time.
/// </summary>
internal sealed class Words<T>
    where T : struct, Enum
{
    private readonly string[] words;
    private readonly T[] values;

    public Words(params (string Word, T Value)[] pairs)
    {
        words = new string[pairs.Length];
        values = new T[pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            (words[i], values[i]) = pairs[i];
        }

        All = Array.AsReadOnly(words);
        List = string.Join(" | ", words);
    }

    public IReadOnlyList<string> All { get; }

    public string List { get; }

    public bool TryGet(string word, out T value)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (string.Equals(words[i], word, StringComparison.Ordinal))
            {
                value = values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    public string Word(T value)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (EqualityComparer<T>.Default.Equals(values[i], value))
            {
                return words[i];
            }
        }

        throw new KeyNotFoundException($"no word for {value}");
    }
}
