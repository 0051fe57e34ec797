using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;

namespace Debate.Debrief.Tests.Builders;

/// <summary>
/// A match played from a script of moves: each step plays the first legal move that fits, so a
/// test can say "claim A1, end, claim P1, end, rebut #2 with A4" without knowing the hands.
/// </summary>
public sealed class Script
{
    private readonly Scenario scenario;
    private Match match;
    private MatchRecord record;

    public Script(Scenario scenario, ulong seed, IReadOnlyList<SeatSpec>? seats = null)
    {
        this.scenario = scenario;
        match = MatchSetup.Start(scenario, seats ?? Playout.TwoSeats, seed);
        record = MatchRecord.Begin(match);
    }

    public Match Match => match;

    public MatchRecord Record => record;

    /// <summary>Plays any legal move of this kind (on this target, if given), or ends the speech when none fits.</summary>
    public Script Play(MoveKind kind, int? target = null)
    {
        var legal = Rules.LegalMoves(match);
        var move = legal.FirstOrDefault(m => m.Kind == kind && (target is null || m.Target == target)) ?? legal.Last();
        return Apply(move);
    }

    public Script End() => Apply(Move.End(match.Speaker));

    /// <summary>Ends speeches until the verdict.</summary>
    public Script Finish()
    {
        while (!match.IsOver)
        {
            End();
        }

        return this;
    }

    public Debrief Debrief(DebriefOptions? options = null) => Debate.Debrief.Debrief.Build(scenario, record, options ?? DebriefOptions.Default);

    private Script Apply(Move move)
    {
        var result = Rules.Apply(match, move);
        if (!result.Accepted)
        {
            throw new InvalidOperationException(result.Rejection!.Reason);
        }

        record = record.With(move, result.Match);
        match = result.Match;
        return this;
    }
}
