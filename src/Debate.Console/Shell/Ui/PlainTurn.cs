using Debate.Console.Shell.Board;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Shell.Ui;

/// <summary>A human's turn in the plain mode: the board in words, then every legal move numbered.</summary>
internal sealed class PlainTurn(PlainUi ui)
{
    public TurnAction Run(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = turn.State.Match;
        var seat = match.Speaker;
        var legal = Rules.LegalMoves(match).Where(m => m.Kind != MoveKind.EndSpeech).ToList();
        var hand = HandOption.For(match, seat);
        ShowBoard(turn, hand, legal);
        while (true)
        {
            var answer = ui.Read("Your move (a number, e to end the speech, ? for help): ");
            if (answer is null)
            {
                continue;
            }

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
                    Open(match, hand, parts.Length > 1 ? parts[1] : null);
                    break;
                case "F":
                    ui.Show(BoardPages.Floor(match));
                    break;
                case "A":
                    ui.Show(BoardPages.Audience(match));
                    break;
                case "L":
                    ui.Show(BoardPages.Log(turn.State.Log));
                    break;
                case "R":
                    if (turn.Role is not null)
                    {
                        ui.Show(turn.Role);
                    }

                    break;
                case "H":
                    ui.Say(turn.Hint is null ? "No hint in this match." : "Hint: " + (turn.Hint() ?? "none."));
                    break;
                case "B":
                    ShowBoard(turn, hand, legal);
                    break;
                case "?" or "HELP":
                    ui.Show(Help.HelpText.For(HelpTopic.Board, plain: true));
                    break;
                case "Q" or "QUIT":
                    if (ui.Confirm("Save and leave", "Leave the match? It is saved; choose Resume in the main menu to carry on.", HelpTopic.Board))
                    {
                        return TurnAction.Leave;
                    }

                    break;
                default:
                    var card = hand.FirstOrDefault(h => string.Equals(h.Card.Id.Value, command, StringComparison.OrdinalIgnoreCase));
                    ui.Say(card is not null && !card.Playable
                        ? $"{card.Card.Id} cannot be played now: {card.WhyNot}"
                        : "Type a move number, or e, o CARD, f, a, l, r, h, b, ? or q.");
                    break;
            }
        }
    }

    private void ShowBoard(TurnContext turn, IReadOnlyList<HandOption> hand, List<Move> legal)
    {
        var match = turn.State.Match;
        ui.Heading($"{match.Seats[match.Speaker].Name}, your speech");
        ui.Say(PlainBoard.Header(match));
        ui.Say(PlainBoard.Floor(match));
        ui.Say(Board.AudienceMeter.RoomLine(match, words: true).Text);
        ui.Say(PlainBoard.Hand(hand, match.Seats[match.Speaker].Name));
        ui.Say(legal.Count == 0 ? "No card can be played now; type e to end your speech." : "Moves you can make:");
        for (var i = 0; i < legal.Count; i++)
        {
            ui.Say($"{i + 1}. {PlainBoard.Describe(match, legal[i])}");
        }

        ui.Say("e. End your speech.");
    }

    private void Open(Match match, IReadOnlyList<HandOption> hand, string? id)
    {
        var scenario = match.Scenario;
        if (id is not null && scenario.TryGetCard(new CardId(id.ToUpperInvariant()), out var card))
        {
            ui.Show(BoardPages.Card(scenario, card, match));
            return;
        }

        ui.Say($"Which card? For example: o {(hand.Count > 0 ? hand[0].Card.Id.Value : "A01")}");
    }
}
