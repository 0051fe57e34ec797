using System.Collections.Immutable;
using Debate.Core.Play;
using Debate.Core.Previews;
using Debate.Opponents.Reading;

namespace Debate.Opponents.Search;

/// <summary>
/// The champion: information-set Monte Carlo tree search over the worlds its seat cannot tell
/// apart, within an iteration cap and a time budget. It plays fair: every world it imagines is dealt
/// from its own view. With no budget its choices depend only on its seed and what it sees. It does
/// not rebut an argument already defeated unless that guards against reinstatement
/// (<see cref="RootRule"/>), and it explains its move as a debater would (<see cref="ChampionReason"/>).
/// </summary>
public sealed class Champion : IOpponent
{
    private readonly ulong seed;
    private readonly ChampionOptions options;
    private readonly IClock clock;

    /// <summary>A champion that searches with <paramref name="options"/>, timed by <paramref name="clock"/>.</summary>
    public Champion(ulong seed, ChampionOptions options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Iterations);
        this.seed = seed;
        this.options = options;
        this.clock = clock;
    }

    /// <inheritdoc/>
    public string Name => "champion";

    /// <summary>How the last search went: iterations run and time taken.</summary>
    public SearchReport? LastSearch { get; private set; }

    /// <inheritdoc/>
    public OpponentChoice Choose(PlayerView view, ImmutableArray<Move> legal)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (legal.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An opponent is asked to move only when it has a legal move.", nameof(legal));
        }

        var start = clock.Now;
        var reading = new FloorReading(view, legal);
        if (legal.Length == 1)
        {
            LastSearch = new SearchReport(0, clock.Now - start);
            return new OpponentChoice(legal[0], $"Only one move is open. {MoveText.Said(reading, reading.PreviewOf(legal[0]))}.");
        }

        // The choice depends on the seed and the view only, never on earlier calls.
        var tree = new SearchTree(view, options, seed ^ (0x9E3779B97F4A7C15UL * (ulong)(view.MoveCount + 1)));
        while (tree.Iterations < options.Iterations && !OutOfTime(tree.Iterations, start))
        {
            tree.Iterate();
        }

        LastSearch = new SearchReport(tree.Iterations, clock.Now - start);
        var guards = new Dictionary<Move, string?>();
        foreach (var preview in reading.Previews)
        {
            if (RootRule.Allows(reading, preview, out var guard))
            {
                guards[preview.Move] = guard;
            }
        }

        var candidates = legal.Where(guards.ContainsKey).ToImmutableArray();
        var best = tree.Best(candidates);
        if (best is null)
        {
            var end = reading.OfKind(MoveKind.EndSpeech).First();
            return new OpponentChoice(end.Move, $"No time to search. {MoveText.Said(reading, end)}.");
        }

        var chosen = reading.PreviewOf(best.Move!);
        var runnerUp = tree.Best([.. candidates.Where(m => m != best.Move)]) is { } second
            ? (second, reading.PreviewOf(second.Move!))
            : ((SearchNode, MovePreview)?)null;
        return ChampionReason.Of(reading, chosen, best, runnerUp, guards[best.Move!], tree.Iterations);
    }

    private bool OutOfTime(int iterations, TimeSpan start) =>
        options.Budget is { } budget && (iterations & 7) == 0 && clock.Now - start >= budget;
}
