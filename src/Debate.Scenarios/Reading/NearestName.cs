namespace Debate.Scenarios.Reading;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean" hints.</summary>
internal static class NearestName
{
    /// <summary>The closest of <paramref name="known"/> within a few edits of <paramref name="given"/>, or null.</summary>
    public static string? Of(string given, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(given);
        if (given.Length > 64)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = Distance(given.ToUpperInvariant(), name.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        var allowed = Math.Max(2, given.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>A "did you mean" hint, or a list of the names when none is close.</summary>
    public static string Hint(string given, IReadOnlyCollection<string> known, string what)
    {
        var nearest = Of(given, known);
        if (nearest is not null)
        {
            return $"did you mean '{nearest}'?";
        }

        if (known.Count == 0)
        {
            return $"no {what} is declared";
        }

        var shown = known.Take(12).ToList();
        return $"known {what}: {string.Join(", ", shown)}{(known.Count > shown.Count ? ", ..." : "")}";
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent swaps).</summary>
    private static int Distance(string a, string b)
    {
        if (b.Length > 64)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
