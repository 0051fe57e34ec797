using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// Cards of side Either carry the hedges both articles share; such a card belongs to whoever plays it,
/// so wherever it is shown on the floor it says whose case it serves there ("either side's card, argued
/// for Alliance"). Both decks hold the Either cards, so one may stand on both sides of the same floor:
/// that is allowed, as a <b>shared concession</b> (both sides accept the point and read it for their own
/// case; each side's copy weighs with the room for that side, so at equal strength the two cancel out),
/// and the floor, the verdict and the debrief say so where it happens.
/// </summary>
public static class EitherSide
{
    /// <summary>Whether <paramref name="argument"/> was made with an Either card.</summary>
    public static bool IsEither(Scenario scenario, Argument argument)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(argument);
        return scenario.Card(argument.Card).Side == CardSide.Either;
    }

    /// <summary>
    /// The other side's arguments on the floor made with the same Either card (empty for any other card): the
    /// shared concession. A copy that rebuts the other (an Either rebuttal answering the same card) is not
    /// conceded but turned against it, so it is left out.
    /// </summary>
    public static ImmutableArray<int> SharedWith(Match match, Argument argument)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(argument);
        return IsEither(match.Scenario, argument)
            ? [.. match.Floor.Where(a => a.Card == argument.Card && a.Side != argument.Side && a.Target != argument.Id && argument.Target != a.Id).Select(a => a.Id)]
            : [];
    }

    /// <summary>
    /// What an Either card's argument is on <paramref name="match"/>'s floor, in words to follow its tag:
    /// "either side's card, argued for Alliance", then "; shared concession: Partnership argued it too as #4"
    /// when the other side has made the same point. Empty for any other card.
    /// </summary>
    public static string Note(Match match, Argument argument)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(argument);
        return IsEither(match.Scenario, argument) ? Note(argument.Side, SharedWith(match, argument)) : string.Empty;
    }

    /// <summary>The words of <see cref="Note(Match, Argument)"/> for an Either card argued by <paramref name="side"/>.</summary>
    public static string Note(Side side, ImmutableArray<int> sharedWith)
    {
        var voice = $"either side's card, argued for {side}";
        return sharedWith.IsDefaultOrEmpty ? voice
            : $"{voice}; shared concession: {side.Opponent()} argued it too as {string.Join(", ", sharedWith.Select(id => $"#{id}"))}";
    }

    /// <summary>The tag followed by its note in brackets for an Either card; the tag alone for any other.</summary>
    public static string Tag(Match match, Argument argument)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(argument);
        var tag = match.Scenario.Card(argument.Card).Tag;
        var note = Note(match, argument);
        return note.Length == 0 ? tag : $"{tag} ({note})";
    }
}
