using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;

namespace Debate.Opponents.Reading;

/// <summary>
/// One seat's reading of the floor at its turn: the public match, the grounded labels and
/// strengths, the side it argues for, and the preview of each legal move (what it would do, from
/// the core's one calculation). Built once per choice and shared by the rules that read it.
/// </summary>
internal sealed class FloorReading
{
    private readonly SeatPreviews seat;
    private readonly ImmutableArray<Move> legal;
    private readonly Dictionary<MoveKind, ImmutableArray<MovePreview>> byKind = [];

    public FloorReading(PlayerView view, ImmutableArray<Move> legal)
    {
        ArgumentNullException.ThrowIfNull(view);
        View = view;
        seat = new SeatPreviews(view);
        this.legal = legal;
        Match = seat.Match;
        Side = view.Side;
    }

    /// <summary>The preview of every legal move, in the legal moves' order.</summary>
    public IEnumerable<MovePreview> Previews => legal.Select(PreviewOf);

    /// <summary>The previews of the legal moves <paramref name="which"/> picks, in the legal moves' order.</summary>
    public IEnumerable<MovePreview> Where(Func<Move, bool> which) => legal.Where(which).Select(PreviewOf);

    /// <summary>
    /// The previews of the legal moves of one kind, in legal order, worked out the first time they are
    /// asked for: a decision list that stops at its first step previews only what that step weighs.
    /// </summary>
    public ImmutableArray<MovePreview> OfKind(MoveKind kind)
    {
        if (!byKind.TryGetValue(kind, out var previews))
        {
            previews = [.. legal.Where(m => m.Kind == kind).Select(seat.Of)];
            byKind[kind] = previews;
        }

        return previews;
    }

    /// <summary>The preview of one of the legal moves.</summary>
    public MovePreview PreviewOf(Move move) => OfKind(move.Kind).First(p => p.Move == move);

    /// <summary>The legal moves, in the rules' order.</summary>
    public ImmutableArray<Move> Legal => legal;

    /// <summary>
    /// How much a legal move changes this side's standing balance with the room: exactly its preview's
    /// <see cref="MovePreview.BalanceChange"/>, without the rest of the preview.
    /// </summary>
    public double Gain(Move move) => seat.BalanceChange(move, Side);

    /// <summary>The card a move plays.</summary>
    public Card CardOf(Move move) => Match.Compiled.Cards[Match.Compiled.CardIndex(move)];

    public PlayerView View { get; }

    public Match Match { get; }

    /// <summary>
    /// The floor's strengths and grounded labels, worked out when first read: the debater weighs most
    /// choices by their gains alone and reads them only for the move it explains.
    /// </summary>
    public FloorLabels Labels => seat.Labels;

    public Side Side { get; }

    public Scenario Scenario => Match.Scenario;

    /// <summary>The current strength of argument <paramref name="id"/> (from 1).</summary>
    public int StrengthOf(int id) => Labels.Strengths[id - 1];

    /// <summary>The card behind a floor argument.</summary>
    public Card CardOf(Argument argument) => Scenario.Card(argument.Card);

    /// <summary>Contestable arguments of <paramref name="side"/> that stand now.</summary>
    public IEnumerable<Argument> Standing(Side side) =>
        Match.Floor.Where(a => a.Side == side && a.IsContestable && Labels.Stands(a.Id));

    /// <summary>What argument <paramref name="id"/> weighs with the room at its current strength.</summary>
    public double Danger(int id) => Room.Weight(Match, Match.Floor[id - 1], StrengthOf(id));

    /// <summary>The standing weight of this seat's side with the room, minus the other side's.</summary>
    public double Balance() => Room.Balance(Match, Labels, Side);

    /// <summary>A card's tag in quotes, as reasons cite it.</summary>
    public string Quote(CardId id) => $"\"{Scenario.Card(id).Tag}\"";
}
