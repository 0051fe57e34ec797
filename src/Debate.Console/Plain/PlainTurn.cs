using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Plain;

/// <summary>
/// A human's turn in the plain mode. The first turn of a speech reads out the board in words (the
/// floor, the room, the hand with why each card cannot be played now); each turn after it in the
/// same speech says only what the last move did and changed, then the moves left. <c>b</c> reads
/// out the whole board again.
/// </summary>
internal sealed class PlainTurn
{
    private (int Seat, int Speech) shownFor = (-1, -1);
    private int seen;

    /// <summary>Notes that the transcript has already told move <paramref name="number"/> (an opponent's, say).</summary>
    public void Seen(int number) => seen = Math.Max(seen, number);

    public TurnAction Run(PlainUi ui, TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(turn);
        var match = turn.State.Match;
        var seat = match.Speaker;
        var legal = Rules.LegalMoves(match).Where(m => m.Kind != MoveKind.EndSpeech).ToList();
        var hand = HandOption.For(match, seat);
        if (shownFor != (seat, match.SpeechIndex))
        {
            ShowBoard(ui, turn, hand, legal);
        }
        else
        {
            Changes(ui, turn, legal);
        }

        shownFor = (seat, match.SpeechIndex);
        Seen(turn.State.Log.Count);
        while (true)
        {
            var answer = ui.Read("Your move (a number, e to end the speech, b the board, ? for help): ");
            var parts = answer.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var command = parts.Length == 0 ? string.Empty : parts[0].ToUpperInvariant();
            if (int.TryParse(command, out var n))
            {
                if (n >= 1 && n <= legal.Count)
                {
                    return new TurnAction(legal[n - 1]);
                }

                ui.Say($"There is no move {n}; the moves are numbered 1 to {legal.Count}.");
                continue;
            }

            switch (command)
            {
                case "E" or "END":
                    return new TurnAction(Move.End(seat));
                case "O" or "OPEN":
                    Open(ui, match, hand, parts.Length > 1 ? parts[1] : null);
                    break;
                case "F":
                    ui.ShowNow(BoardPages.Floor(match));
                    break;
                case "A":
                    ui.ShowNow(BoardPages.Audience(match));
                    break;
                case "L":
                    ui.ShowNow(BoardPages.Log(turn.State.Log));
                    break;
                case "N":
                    ui.ShowNow(NewsPage.Build(match, turn.State.Log));
                    break;
                case "R":
                    if (turn.Role is not null)
                    {
                        ui.ShowNow(turn.Role);
                    }

                    break;
                case "H":
                    ui.Say(turn.Hint is null ? "No hint in this match." : "Hint: " + (turn.Hint() ?? "none."));
                    break;
                case "B":
                    ShowBoard(ui, turn, hand, legal);
                    break;
                case "?" or "HELP":
                    ui.ShowNow(HelpText.For(HelpTopic.Board, plain: true));
                    break;
                case "Q" or "QUIT":
                    if (ui.ConfirmNow("Leave the match? It is saved; choose Resume in the main menu to carry on."))
                    {
                        return TurnAction.Leave;
                    }

                    break;
                default:
                    var card = hand.FirstOrDefault(h => string.Equals(h.Card.Id.Value, command, StringComparison.OrdinalIgnoreCase));
                    ui.Say(card is not null && !card.Playable
                        ? $"{card.Card.Id} cannot be played now: {card.WhyNot}"
                        : "Type a move number, or e, o CARD, f, a, l, n, r, h, b, ? or q.");
                    break;
            }
        }
    }

    private static void ShowBoard(PlainUi ui, TurnContext turn, IReadOnlyList<HandOption> hand, List<Move> legal)
    {
        var match = turn.State.Match;
        ui.Heading($"{match.Seats[match.Speaker].Name}, your speech");
        ui.Say(PlainBoard.Header(match));
        ui.Say(PlainBoard.Floor(match));
        ui.Say(AudienceText.RoomLine(match).Text);
        ui.Say(PlainBoard.Hand(hand, match.Seats[match.Speaker].Name));
        Moves(ui, match, legal);
    }

    /// <summary>After a move in the same speech: the move confirmed, what it changed, and what can be done now.</summary>
    private void Changes(PlainUi ui, TurnContext turn, List<Move> legal)
    {
        var match = turn.State.Match;
        foreach (var move in turn.State.Log.Skip(seen))
        {
            ui.Say($"Done: {move.Text}");
            foreach (var line in move.Aftermath)
            {
                ui.Say(line);
            }

            foreach (var change in FloorChanges.Between(move.Before, move.After))
            {
                ui.Say(change);
            }
        }

        ui.Say($"Time left {match.TimeLeft} of {match.CurrentSpeech!.Speech.Time}.");
        Moves(ui, match, legal);
    }

    private static void Moves(PlainUi ui, Match match, List<Move> legal)
    {
        ui.Say(legal.Count == 0 ? "No card can be played now; type e to end your speech." : "Moves you can make:");
        for (var i = 0; i < legal.Count; i++)
        {
            ui.Say($"{i + 1}. {PlainBoard.Describe(match, legal[i])}");
        }

        ui.Say("e. End your speech.");
    }

    private static void Open(PlainUi ui, Match match, IReadOnlyList<HandOption> hand, string? id)
    {
        var scenario = match.Scenario;
        if (id is not null && scenario.TryGetCard(new CardId(id.ToUpperInvariant()), out var card))
        {
            ui.ShowNow(BoardPages.Card(scenario, card, match));
            return;
        }

        ui.Say($"Which card? For example: o {(hand.Count > 0 ? hand[0].Card.Id.Value : "A01")}");
    }
}
