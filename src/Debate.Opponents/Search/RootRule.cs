using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Previews;
using Debate.Opponents.Reading;

namespace Debate.Opponents.Search;

/// <summary>
/// What the champion may play at the root: not a rebuttal on an argument that already stands
/// defeated, as a debate judge would call that wasted time, unless it guards against reinstatement
/// (the rebuttal defeats the target too, and the target's one standing defeater can still be
/// answered by the other side in a speech to come); then its reason says so.
/// </summary>
internal static class RootRule
{
    /// <summary>Whether the champion may choose <paramref name="preview"/>'s move; <paramref name="guard"/> says why when it is a guard.</summary>
    public static bool Allows(FloorReading reading, MovePreview preview, out string? guard)
    {
        guard = null;
        if (preview.Attack is not { TargetBefore: Label.Defeated } attack)
        {
            return true;
        }

        if (!attack.Defeats || attack.AlreadyDefeatedBy.Length != 1)
        {
            return false;
        }

        var other = reading.Side.Opponent();
        var answer = reading.Scenario.Speeches.Skip(reading.View.SpeechIndex + 1)
            .FirstOrDefault(s => s.Speech.Side == other && s.Speech.Allows(CardKind.Rebuttal));
        if (answer is null)
        {
            return false;
        }

        guard = $"#{attack.Target} is already defeated, but only by #{attack.AlreadyDefeatedBy[0]}, which {other} may still answer in {answer.Title}: a second defeat guards against its reinstatement.";
        return true;
    }
}
