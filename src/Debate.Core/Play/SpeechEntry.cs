using System.Runtime.CompilerServices;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// The entry actions of a speech, taken when the previous speech ends (or at the deal), as the phase
/// table says: reveal the top event as a round that has one begins, the speaker draws, the clock is
/// set to the speech's budget.
/// </summary>
internal static class SpeechEntry
{
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static State Enter(Deal deal, int speech, State state)
    {
        var c = deal.Compiled;
        var slot = deal.Scenario.Speeches[speech];
        if (c.Phases.RevealsOnEntry(speech))
        {
            var events = deal.EventPile.Cards(c);
            if (state.EventDrawn < events.Length)
            {
                state = state with { Events = c.EventsAfter(state.Events, events[state.EventDrawn]), EventDrawn = state.EventDrawn + 1 };
            }
        }

        var speaker = deal.SpeakerBySpeech[speech];
        var side = deal.Seats[speaker].Side;
        var drawn = side == Side.Alliance ? state.AllianceDrawn : state.PartnershipDrawn;
        var pile = deal.PileOf(side).Cards(c);
        var n = Math.Min(slot.Speech.Draw, pile.Length - drawn);
        if (n > 0)
        {
            // Kept hands take the cards; a dealt match's plan already holds this draw.
            if (state.Hands is { } kept)
            {
                state = state with { Hands = HandCards.With(kept, deal.Seats.Length, speaker, pile.AsSpan(drawn, n)) };
            }

            state = side == Side.Alliance ? state with { AllianceDrawn = drawn + n } : state with { PartnershipDrawn = drawn + n };
        }

        return state with { Time = slot.Speech.Time };
    }

    /// <summary>What a speech's entry changes: the hands (null when they follow the plan), how far each deck is drawn, the events in play, the clock.</summary>
    public readonly record struct State(short[]? Hands, int AllianceDrawn, int PartnershipDrawn, int EventDrawn, CardRow Events, int Time);
}
