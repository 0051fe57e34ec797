using System.Collections.Immutable;

namespace Debate.Console.Simulation;

/// <summary>
/// Two controllers that meet in a batch. Between different controllers the games come in
/// duplicate pairs: the same deal twice, sides swapped, so neither side nor deal favours either.
/// </summary>
internal sealed record Pairing(string First, string Second)
{
    /// <summary>Whether both sides are played by the same controller (a balance check of the scenario itself).</summary>
    public bool IsMirror => string.Equals(First, Second, StringComparison.OrdinalIgnoreCase);

    /// <summary>A readable name, such as "debater v novice".</summary>
    public string Name => $"{First} v {Second}";

    /// <summary>Game <paramref name="index"/> of this pairing: in a mirror every game has its own deal; otherwise game 2k and 2k+1 share one, sides swapped.</summary>
    public GameSpec Game(int index, ulong baseSeed) => IsMirror
        ? GameSpec.Duel(index, Seeds.ForGame(baseSeed, index), First, Second)
        : index % 2 == 0
            ? GameSpec.Duel(index, Seeds.ForGame(baseSeed, index / 2), First, Second)
            : GameSpec.Duel(index, Seeds.ForGame(baseSeed, index / 2), Second, First);

    /// <summary>Every pairing of <paramref name="levels"/> in order; with <paramref name="mirrors"/>, each level against itself too.</summary>
    public static ImmutableArray<Pairing> RoundRobin(IReadOnlyList<string> levels, bool mirrors)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var pairings = ImmutableArray.CreateBuilder<Pairing>();
        for (var i = 0; i < levels.Count; i++)
        {
            for (var j = mirrors ? i : i + 1; j < levels.Count; j++)
            {
                pairings.Add(new Pairing(levels[i], levels[j]));
            }
        }

        return pairings.ToImmutable();
    }
}
