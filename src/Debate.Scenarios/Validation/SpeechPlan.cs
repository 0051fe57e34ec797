using Debate.Core.Content;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Reading;

namespace Debate.Scenarios.Validation;

/// <summary>One speech of the phase script, unrolled, with the fields the format checks need.</summary>
internal sealed record SpeechPlan(PhaseDto Phase, SpeechDto Speech, Side Side, IReadOnlyList<CardKind> Allowed, int Time)
{
    public string Title => $"{Phase.Name?.Value} · {Vocabulary.Sides.Word(Side)}";

    /// <summary>The speeches in order (every round), or null when some speech could not be read fully.</summary>
    public static IReadOnlyList<SpeechPlan>? Unroll(IEnumerable<PhaseDto> phases)
    {
        var plans = new List<SpeechPlan>();
        foreach (var phase in phases)
        {
            if (phase.Name is null)
            {
                return null;
            }

            for (var round = 0; round < phase.RoundCount; round++)
            {
                foreach (var speech in phase.Speeches)
                {
                    if (speech is not { Side: { } side, Allow: { } allow, Time: { } time } || allow.Value.Length == 0)
                    {
                        return null;
                    }

                    plans.Add(new SpeechPlan(phase, speech, side.Value, [.. allow.Value.Select(k => k.Value)], time.Value));
                }
            }
        }

        return plans;
    }
}
