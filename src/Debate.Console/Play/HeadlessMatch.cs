using Debate.Core.Adjudication;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Opponents;
using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>
/// A match with opponents on every seat, played without a terminal: each move printed with the
/// opponent's reason, then the verdict; the record is returned for saving.
/// </summary>
internal static class HeadlessMatch
{
    public static MatchRecord Run(Match start, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(output);
        var match = start;
        var record = MatchRecord.Begin(match);
        var opponents = match.Seats.ToDictionary(s => s.Index, s => OpponentFactory.Create(s.Controller, match.Scenario, match.Seed ^ ((ulong)(s.Index + 1) * 0x9E3779B97F4A7C15UL)));
        output.WriteLine($"{match.CurrentSpeech?.Title}: {match.Seats[match.Speaker].Name} has the floor.");
        while (!match.IsOver)
        {
            var seat = match.Speaker;
            var choice = opponents[seat].Choose(PlayerView.Of(match, seat), Rules.LegalMoves(match));
            var result = Rules.Apply(match, choice.Move);
            if (!result.Accepted)
            {
                throw new InvalidOperationException($"Opponent {match.Seats[seat].Controller} chose a move the rules refuse: {result.Rejection!.Reason}");
            }

            var played = PlayedMove.Of(match, choice.Move, result, choice.Reason);
            output.WriteLine($"{played.Number,3}. {played.Text}" + (played.Reason is null ? string.Empty : $"  \"{played.Reason}\""));
            foreach (var line in played.Aftermath)
            {
                output.WriteLine($"     {line}");
            }

            record = record.With(choice.Move, result.Match, choice.Reason);
            match = result.Match;
        }

        output.WriteLine();
        foreach (var line in VerdictPage.Build(match).Lines)
        {
            output.WriteLine(line.Text);
        }

        return record;
    }

    /// <summary>The verdict's headline, for callers that print a summary.</summary>
    public static string Headline(Match match) => VerdictPage.Headline(Adjudicator.Judge(match));
}
