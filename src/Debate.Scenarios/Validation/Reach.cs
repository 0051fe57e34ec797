using Debate.Core.Content;

namespace Debate.Scenarios.Validation;

/// <summary>
/// Which card could ever be played on which, as the rules allow: a rebuttal on a claim or rebuttal of
/// the other side, evidence on a claim or rebuttal of its own side; either must name the target in
/// its <c>targets</c>, or share a theme with it when it names none. An Either card belongs to whoever plays it.
/// </summary>
internal static class Reach
{
    /// <summary>Whether two cards can end up on opposite sides of the floor.</summary>
    public static bool Opposed(CardSide a, CardSide b) => a == CardSide.Either || b == CardSide.Either || a != b;

    /// <summary>Whether two cards can end up on the same side of the floor.</summary>
    public static bool Allied(CardSide a, CardSide b) => a == CardSide.Either || b == CardSide.Either || a == b;

    /// <summary>Claims and rebuttals: what can be attacked and supported.</summary>
    public static bool IsArgument(CardKind kind) => kind is CardKind.Claim or CardKind.Rebuttal;

    public static bool CanRebut(CardShape rebuttal, CardShape target) =>
        rebuttal.Kind == CardKind.Rebuttal && IsArgument(target.Kind) && rebuttal.Id != target.Id
        && Opposed(rebuttal.Side, target.Side) && Bears(rebuttal, target);

    public static bool CanSupport(CardShape evidence, CardShape target) =>
        evidence.Kind == CardKind.Evidence && IsArgument(target.Kind)
        && Allied(evidence.Side, target.Side) && Bears(evidence, target);

    private static bool Bears(CardShape card, CardShape target) =>
        card.Targets.IsDefaultOrEmpty ? card.SharesThemeWith(target) : card.Targets.Contains(target.Id);
}
