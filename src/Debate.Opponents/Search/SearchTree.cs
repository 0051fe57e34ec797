using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Opponents.Search;

/// <summary>
/// Single-observer information-set Monte Carlo tree search from one seat's view. Each iteration
/// deals a world consistent with the view (<see cref="Determinization.Sample"/>), walks the tree by
/// UCB over the moves legal in that world, expands one move, plays on to the horizon (by default the
/// verdict) with each side answering as the debater would (<see cref="PlayoutPolicy"/>), and backs up
/// the room's outlook. The tree holds moves, never hidden cards.
/// </summary>
internal sealed class SearchTree
{
    private readonly PlayerView view;
    private readonly ChampionOptions options;
    private readonly SearchNode root;
    private readonly List<SearchNode> path = new(64);
    private readonly List<Move> untried = new(32);
    private readonly List<long> untriedKeys = new(32);
    private readonly List<SearchNode> children = new(32);
    private readonly PlayoutPolicy policy;
    private readonly MoveListing listing = new();
    private readonly CompiledScenario compiled;
    private readonly int stopAt;
    private Rng rng;

    public SearchTree(PlayerView view, ChampionOptions options, ulong seed)
    {
        this.view = view;
        this.options = options;
        rng = new Rng(seed);
        compiled = view.Scenario.Compiled;
        policy = new PlayoutPolicy(compiled.BlocCount);
        root = new SearchNode(null, -1, view.Side.Opponent());
        stopAt = options.Horizon is { } horizon ? view.SpeechIndex + horizon : int.MaxValue;
    }

    public int Iterations { get; private set; }

    public SearchNode Root => root;

    /// <summary>One simulation: deal a world, select, expand, play on, back up.</summary>
    public void Iterate()
    {
        var match = Determinization.Sample(view, rng.NextUInt64());
        var node = root;
        path.Clear();
        path.Add(root);
        while (!Done(match))
        {
            var legal = listing.Of(match);
            var mover = match.Seats[match.Speaker].Side;
            untried.Clear();
            untriedKeys.Clear();
            children.Clear();
            for (var i = 0; i < legal.Count; i++)
            {
                var move = legal[i];
                var key = MoveKey.Of(move, compiled);
                var child = node.ChildFor(key);
                if (child is null)
                {
                    untried.Add(move);
                    untriedKeys.Add(key);
                }
                else
                {
                    child.Availability++;
                    children.Add(child);
                }
            }

            SearchNode next;
            if (untried.Count > 0)
            {
                var pick = rng.Next(untried.Count);
                next = Expand(node, untried[pick], untriedKeys[pick], mover);
            }
            else
            {
                next = Select(children);
            }

            match = Rules.Apply(match, next.Move!).Match;
            path.Add(next);
            node = next;
            if (untried.Count > 0)
            {
                break;
            }
        }

        match = PlayOn(match);
        var value = Outlook.ForAlliance(match);
        foreach (var n in path)
        {
            n.Visits++;
            var mine = n.Mover == Side.Alliance ? value : 1 - value;
            n.Total += mine;
            n.Losses += mine < 0.5 ? 1 : 0;
        }

        Iterations++;
    }

    /// <summary>The root move visited most (ties: the better mean, then the earlier legal move).</summary>
    public SearchNode? Best(ImmutableArray<Move> legal)
    {
        SearchNode? best = null;
        foreach (var move in legal)
        {
            var child = root.ChildFor(MoveKey.Of(move, compiled));
            if (child is not null && (best is null || child.Visits > best.Visits || (child.Visits == best.Visits && child.Mean > best.Mean)))
            {
                best = child;
            }
        }

        return best;
    }

    private bool Done(Match match) => match.IsOver || match.SpeechIndex >= stopAt;

    private static SearchNode Expand(SearchNode node, Move move, long key, Side mover)
    {
        var child = new SearchNode(move, key, mover) { Availability = 1 };
        node.Children.Add(child);
        return child;
    }

    /// <summary>UCB over the children of the moves legal now, in the legal moves' order (the first best wins a tie).</summary>
    private SearchNode Select(List<SearchNode> legalChildren)
    {
        SearchNode? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var child in legalChildren)
        {
            var score = child.Mean + (options.Exploration * Math.Sqrt(Math.Log(child.Availability) / Math.Max(1, child.Visits)));
            if (score > bestScore)
            {
                (best, bestScore) = (child, score);
            }
        }

        return best!;
    }

    /// <summary>The default policy to the horizon: each side plays as the debater would (<see cref="PlayoutPolicy"/>).</summary>
    private Match PlayOn(Match match)
    {
        while (!Done(match))
        {
            var move = policy.Choose(match, listing.Of(match), ref rng);
            match = Rules.Apply(match, move).Match;
        }

        return match;
    }
}
