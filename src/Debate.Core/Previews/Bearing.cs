namespace Debate.Core.Previews;

/// <summary>
/// Why a card may be played on a target: the card names the target's card (for a rebuttal, a
/// direct answer from the sources, one stronger), or the two only share a theme.
/// </summary>
public enum Bearing
{
    /// <summary>The card names the target's card among its targets.</summary>
    Named,

    /// <summary>The card does not name the target; they share at least one theme.</summary>
    SharedTheme,
}
