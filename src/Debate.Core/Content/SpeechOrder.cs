using System.Collections.Immutable;

namespace Debate.Core.Content;

/// <summary>Unrolls a phase script into the order speeches are given.</summary>
public static class SpeechOrder
{
    /// <summary>Every speech in order, round by round, with the event reveals marked.</summary>
    public static ImmutableArray<SpeechSlot> Unroll(ImmutableArray<Phase> phases)
    {
        var slots = ImmutableArray.CreateBuilder<SpeechSlot>();
        foreach (var phase in phases)
        {
            for (var round = 1; round <= phase.Rounds; round++)
            {
                for (var i = 0; i < phase.Speeches.Length; i++)
                {
                    var reveals = phase.RevealEvent && i == 0;
                    slots.Add(new SpeechSlot(slots.Count, phase.Name, round, phase.Rounds, phase.Speeches[i], reveals));
                }
            }
        }

        return slots.ToImmutable();
    }
}
