using System.Runtime.CompilerServices;

namespace Debate.Core.Play;

/// <summary>
/// The end of a speech: its exit actions (the room leans once it has heard both sides), the vote
/// after the speech kept, and the next speech's entry, or the verdict after the last.
/// </summary>
internal static class SpeechEnd
{
    // Compiled fully optimised at its first call and never tiered (AggressiveOptimization), like the other methods
    // every match runs through in the deal, the speech's end and the verdict. Measured through ./debate: its ahead-of-
    // time code runs the match at about half the speed of the JIT's optimised code, and the runtime only moves a
    // method up once no method has been called for the first time in the last 100 ms; a batch of games keeps calling
    // new ones (the first collection's finalizers, the first progress line, the optimised code's own helpers), so these
    // methods ran on the slower code for the first second of a 100,000-game simulate.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match Apply(Match match)
    {
        var c = match.Compiled;
        var width = c.BlocCount * 3;
        Span<double> votes = stackalloc double[width];
        if (c.Phases.LeansOnExit(match.SpeechIndex))
        {
            FloorMath.Lean(match, votes);
        }
        else
        {
            match.AudienceValues.CopyTo(votes);
        }

        var leans = match.LeanLog.Append(match.LeanCount * width, votes);
        var next = match.SpeechIndex + 1;
        var state = new SpeechEntry.State(match.ExplicitHands, match.AllianceDrawn, match.PartnershipDrawn, match.EventDrawn, match.Events, 0);
        if (next < match.Scenario.Speeches.Length)
        {
            state = SpeechEntry.Enter(match.Deal, next, state);
        }

        return new Match(
            match.Deal, next, state.Time, match.MoveCount + 1, state.Hands, state.AllianceDrawn, state.PartnershipDrawn, state.EventDrawn,
            state.Events, match.FloorLog, match.FloorCount, leans, match.LeanCount + 1, null);
    }
}
