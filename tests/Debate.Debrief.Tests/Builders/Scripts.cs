using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Debrief.Tests.Builders;

namespace Debate.Debrief.Tests.Builders;

/// <summary>Scripted matches found by trying seeds until the hands allow the script.</summary>
public static class Scripts
{
    /// <summary>Alliance claims, Partnership claims, then Alliance rebuts Partnership's claim; the rest of the match is passed.</summary>
    public static (Script Script, int Target) ClaimThenRebuttal()
    {
        var scenario = SampleScenario.Build();
        for (ulong seed = 1; seed < 500; seed++)
        {
            var script = new Script(scenario, seed).Play(MoveKind.PlayClaim).End().Play(MoveKind.PlayClaim).End();
            var target = script.Match.Floor.LastOrDefault(a => a.Side == Side.Partnership)?.Id;
            if (target is int t && Rules.LegalMoves(script.Match).Any(m => m.Kind == MoveKind.PlayRebuttal && m.Target == t))
            {
                return (script.Play(MoveKind.PlayRebuttal, t).Finish(), t);
            }
        }

        throw new InvalidOperationException("No seed under 500 deals hands for this script.");
    }
}
