using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents;

namespace Debate.Benchmarks;

/// <summary>
/// The scenario the benchmarks run on (the built-in debate; the small sample scenario with
/// DEBATE_BENCH_SCENARIO=sample), and positions in the middle of seeded debater games.
/// </summary>
public static class Positions
{
    public static Scenario Scenario { get; } = Environment.GetEnvironmentVariable("DEBATE_BENCH_SCENARIO") == "sample"
        ? SampleScenario.Build()
        : Debate.Scenarios.BuiltInScenarios.Default;

    public static readonly SeatSpec[] Seats = [new("Alliance", Side.Alliance, "debater"), new("Partnership", Side.Partnership, "debater")];

    /// <summary>A debater-v-debater game dealt from <paramref name="seed"/>, stopped at its first move in speech <paramref name="speech"/>.</summary>
    public static Match MidGame(ulong seed, int speech)
    {
        var match = MatchSetup.Start(Scenario, Seats, seed);
        var debater = new Debater();
        while (!match.IsOver && (match.SpeechIndex < speech || match.TimeLeft < match.CurrentSpeech!.Speech.Time))
        {
            var choice = debater.Choose(PlayerView.Of(match, match.Speaker), Rules.LegalMoves(match));
            match = Rules.Apply(match, choice.Move).Match;
        }

        return match;
    }

    /// <summary>
    /// A position from the middle of a match, not its opening: the first move of the last rebuttal
    /// speech of the first seeded debater game whose floor holds at least ten arguments, after the
    /// room has leaned at least twice, with at least three card moves open to the speaker.
    /// </summary>
    public static Match MidMatch()
    {
        var speech = LastRebuttalSpeech();
        for (ulong seed = 1; ; seed++)
        {
            var match = MidGame(seed, speech);
            if (!match.IsOver && match.Floor.Length >= 10 && !match.Audience.SequenceEqual(Scenario.Blocs.Select(b => b.Opening))
                && match.AudienceAfterSpeech.Length >= 2 && Rules.LegalMoves(match).Count(m => m.Kind != MoveKind.EndSpeech) >= 3)
            {
                return match;
            }
        }
    }

    /// <summary>
    /// A card move other than <paramref name="card"/>, after <paramref name="card"/> has been applied once to
    /// <paramref name="match"/> (so that it holds the next floor slot): applying it is a branch, which copies the floor.
    /// </summary>
    public static Move BranchMove(Match match, Move card)
    {
        _ = Rules.Apply(match, card);
        return Rules.LegalMoves(match).FirstOrDefault(m => m.Kind != MoveKind.EndSpeech && !m.Equals(card)) ?? card;
    }

    /// <summary>Positions from several games where the speaker has a real choice (more than one legal move).</summary>
    public static IReadOnlyList<Match> Choices(int count)
    {
        var found = new List<Match>();
        for (ulong seed = 1; found.Count < count; seed++)
        {
            for (var speech = 0; speech < Scenario.Speeches.Length && found.Count < count; speech++)
            {
                var match = MidGame(seed, speech);
                if (!match.IsOver && Rules.LegalMoves(match).Length > 1)
                {
                    found.Add(match);
                }
            }
        }

        return found;
    }

    /// <summary>A one-line description of a position, for the benchmark's log.</summary>
    public static string Describe(Match match) =>
        $"speech {match.SpeechIndex + 1} ({match.CurrentSpeech?.Title}), {match.Floor.Length} arguments on the floor, "
        + $"{match.Hands[match.Speaker].Length} cards in hand, {Rules.LegalMoves(match).Length} legal moves, room leaned {match.AudienceAfterSpeech.Length} times";

    private static int LastRebuttalSpeech()
    {
        var last = 0;
        foreach (var slot in Scenario.Speeches)
        {
            if (slot.Speech.Allows(CardKind.Rebuttal) && slot.Speech.Allows(CardKind.Claim))
            {
                last = slot.Index;
            }
        }

        return last;
    }
}
