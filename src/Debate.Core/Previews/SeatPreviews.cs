using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Previews;

/// <summary>
/// One seat's previews at its turn: the public match and its floor read once (strengths, grounded
/// labels, each bloc's standing weights), then each move previewed against them. For opponents and
/// boards that preview many moves of one position.
/// </summary>
public sealed class SeatPreviews
{
    private readonly (double Alliance, double Partnership)[] pressures;
    private FloorLabels? labels;

    /// <summary>Reads <paramref name="view"/>'s floor.</summary>
    public SeatPreviews(PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Match = PublicMatch.Of(view);
        pressures = Pressures(Match);
    }

    /// <summary>The match as the seat may know it (see <see cref="PublicMatch"/>).</summary>
    public Match Match { get; }

    /// <summary>Strengths and grounded labels of the floor now.</summary>
    public FloorLabels Labels => labels ??= FloorLabels.Of(Match);

    /// <summary>What <paramref name="move"/> would do.</summary>
    public MovePreview Of(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return Preview.Of(Match, move, Labels, pressures);
    }

    /// <summary>
    /// What <c>Of(move).BalanceChange(side)</c> gives, to the last bit, for a legal
    /// <paramref name="move"/>, without building the preview: the argument the rules would put on the
    /// floor (<see cref="Rules.Entry"/>), the floor with it labelled and weighed by the engine's own
    /// arithmetic (the sums <see cref="FloorLabels.Of"/> and the audience model make, in their
    /// order), and the balance taken as <see cref="MovePreview"/> takes it. For opponents that weigh
    /// every legal move and explain only the one they make.
    /// </summary>
    public double BalanceChange(Move move, Side side)
    {
        ArgumentNullException.ThrowIfNull(move);
        if (move.Kind == MoveKind.EndSpeech)
        {
            // Ending a speech leaves the floor as it stands: the same weights before and after.
            return 0;
        }

        var c = Match.Compiled;
        var card = ReferenceEquals(move.Owner, c) ? move.CardIndex : c.CardIndex(move.Card!.Value);
        var now = Match.FloorEntries;
        var n = now.Length + 1;
        var blocs = pressures.Length;
        Span<FloorEntry> floor = n <= 128 ? stackalloc FloorEntry[n] : new FloorEntry[n];
        Span<int> strengths = n <= 128 ? stackalloc int[n] : new int[n];
        Span<Label> grounded = n <= 128 ? stackalloc Label[n] : new Label[n];
        Span<double> alliance = stackalloc double[blocs];
        Span<double> partnership = stackalloc double[blocs];
        now.CopyTo(floor);
        floor[^1] = Rules.Entry(Match, move, card);
        var effects = Match.Events.Effects(c);
        FloorMath.Strengths(c, effects, floor, strengths);
        FloorMath.Labels(floor, strengths, grounded);
        FloorMath.Pressures(c, effects, floor, strengths, grounded, alliance, partnership);
        var blocList = Match.Scenario.Blocs;
        double before = 0, after = 0, total = 0;
        for (var b = 0; b < blocs; b++)
        {
            var share = blocList[b].Share;
            before += share * (side == Side.Alliance ? pressures[b].Alliance - pressures[b].Partnership : pressures[b].Partnership - pressures[b].Alliance);
            after += share * (side == Side.Alliance ? alliance[b] - partnership[b] : partnership[b] - alliance[b]);
            total += share;
        }

        return (total <= 0 ? 0 : after / total) - (total <= 0 ? 0 : before / total);
    }

    // Each bloc's standing weights now, by the engine's arithmetic (what AudienceModel.Pressure gives bloc by bloc).
    private static (double Alliance, double Partnership)[] Pressures(Match match)
    {
        var n = match.FloorCount;
        var blocs = match.Compiled.BlocCount;
        Span<int> strengths = n <= 128 ? stackalloc int[n] : new int[n];
        Span<Label> grounded = n <= 128 ? stackalloc Label[n] : new Label[n];
        Span<double> alliance = stackalloc double[blocs];
        Span<double> partnership = stackalloc double[blocs];
        FloorMath.Strengths(match, strengths);
        FloorMath.Labels(match.FloorEntries, strengths, grounded);
        FloorMath.Pressures(match, strengths, grounded, alliance, partnership);
        var result = new (double, double)[blocs];
        for (var b = 0; b < blocs; b++)
        {
            result[b] = (alliance[b], partnership[b]);
        }

        return result;
    }
}
