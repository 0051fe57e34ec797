using System.Collections.Immutable;
using Debate.Core.Play;

namespace Debate.Console.Shell.Play;

/// <summary>A move as the board's log shows it: who, what, the opponent's reason if any, and what followed.</summary>
internal sealed record PlayedMove(int Number, string SpeechTitle, Seat Seat, Move Move, string Text, string? Reason, ImmutableArray<Happening> Happenings)
{
    /// <summary>Describes an applied move from its happenings.</summary>
    public static PlayedMove Of(Match before, Move move, ImmutableArray<Happening> happenings, string? reason)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(move);
        var seat = before.Seats[move.Seat];
        var played = happenings.FirstOrDefault(h => h.Kind == HappeningKind.CardPlayed);
        var text = played?.Text ?? $"{seat.Name} ({seat.Side}) ends the speech.";
        return new PlayedMove(before.MoveCount + 1, before.CurrentSpeech?.Title ?? string.Empty, seat, move, text, reason, happenings);
    }

    /// <summary>What followed the move itself (speech ended, audience leaned, news, next speaker).</summary>
    public IEnumerable<string> Aftermath => Happenings.Where(h => h.Kind != HappeningKind.CardPlayed).Select(h => h.Text);
}
