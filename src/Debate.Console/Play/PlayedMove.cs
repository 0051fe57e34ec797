using System.Collections.Immutable;
using Debate.Core.Play;

namespace Debate.Console.Play;

/// <summary>
/// A move as the board's log shows it: who, what, the opponent's reason if any, what followed, and
/// the match on either side of it (so the board can say what a revealed event changed).
/// </summary>
internal sealed record PlayedMove(int Number, string SpeechTitle, Seat Seat, Move Move, string Text, string? Reason, ImmutableArray<Happening> Happenings, Match Before, Match After)
{
    /// <summary>Describes an applied move from its happenings.</summary>
    public static PlayedMove Of(Match before, Move move, ApplyResult result, string? reason)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(move);
        var seat = before.Seats[move.Seat];
        var played = result.Happenings.FirstOrDefault(h => h.Kind == HappeningKind.CardPlayed);
        var text = played?.Text ?? $"{seat.Name} ({seat.Side}) ends the speech.";
        return new PlayedMove(before.MoveCount + 1, before.CurrentSpeech?.Title ?? string.Empty, seat, move, text, reason, result.Happenings, before, result.Match);
    }

    /// <summary>What followed the move itself (speech ended, audience leaned, news, next speaker).</summary>
    public IEnumerable<string> Aftermath => Happenings.Where(h => h.Kind != HappeningKind.CardPlayed).Select(h => h.Text);

    /// <summary>Whether this move brought news from the world deck into play.</summary>
    public bool RevealedNews => Happenings.Any(h => h.Kind == HappeningKind.EventRevealed);
}
