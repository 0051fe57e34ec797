using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;

namespace Debate.Opponents.Reading;

/// <summary>
/// One seat's reading of the floor at its turn: the public match, the grounded labels and
/// strengths, and the side it argues for. Built once per choice and shared by the rules that read it.
/// </summary>
internal sealed class FloorReading
{
    public FloorReading(PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        View = view;
        Match = PublicMatch.Of(view);
        Labels = FloorLabels.Of(Match);
        Side = view.Side;
    }

    public PlayerView View { get; }

    public Match Match { get; }

    public FloorLabels Labels { get; }

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
