using System.Collections.Immutable;

namespace Debate.Core.Content;

/// <summary>Unrolls a phase script into the order speeches are given.</summary>
public static class SpeechOrder
{
    /// <summary>Every speech in order, round by round, with the event reveals and the audience's leans marked.</summary>
    public static ImmutableArray<SpeechSlot> Unroll(ImmutableArray<Phase> phases)
    {
        var slots = ImmutableArray.CreateBuilder<SpeechSlot>();
        var heard = false;
        foreach (var phase in phases)
        {
            for (var round = 1; round <= phase.Rounds; round++)
            {
                for (var i = 0; i < phase.Speeches.Length; i++)
                {
                    var reveals = phase.RevealEvent && i == 0;
                    var side = phase.Speeches[i].Side;
                    heard |= slots.Count > 0 && side != slots[0].Speech.Side;
                    slots.Add(new SpeechSlot(slots.Count, phase.Name, round, phase.Rounds, phase.Speeches[i], reveals, heard));
                }
            }
        }

        return slots.ToImmutable();
    }
}
