namespace Debate.Core.Content;

/// <summary>A speech in the order it is given: the phase script unrolled round by round.</summary>
/// <param name="Index">Position in the match, from 0.</param>
/// <param name="RevealsEvent">Whether an event is revealed just before this speech.</param>
/// <param name="AudienceLeans">Whether the room leans when this speech ends: only once it has heard both sides,
/// so that the first speaker does not win a lean unopposed.</param>
public sealed record SpeechSlot(int Index, string PhaseName, int Round, int RoundsInPhase, Speech Speech, bool RevealsEvent, bool AudienceLeans)
{
    /// <summary>A readable name such as "Rebuttal 2 · Partnership".</summary>
    public string Title => RoundsInPhase > 1
        ? $"{PhaseName} {Round} · {Speech.Side}"
        : $"{PhaseName} · {Speech.Side}";
}
