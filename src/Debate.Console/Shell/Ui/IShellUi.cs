using Debate.Console.Shell.Board;
using Debate.Console.Shell.Play;
using Debate.Console.Shell.Replay;

namespace Debate.Console.Shell.Ui;

/// <summary>
/// Everything the shell asks of the person at the keyboard. Two faces: the full-screen board
/// (<see cref="FullScreenUi"/>) and the linear, screen-reader-friendly <see cref="PlainUi"/>.
/// </summary>
internal interface IShellUi
{
    /// <summary>How wide large letters may be drawn, or null when they must not be (the plain mode).</summary>
    int? ArtWidth { get; }

    /// <summary>The index chosen, or null to go back.</summary>
    int? Choose(Choice choice);

    /// <summary>The text typed (the default when nothing is), or null to go back.</summary>
    string? Ask(Question question);

    /// <summary>Yes or no.</summary>
    bool Confirm(string title, string question, HelpTopic help);

    /// <summary>Shows a page until it is dismissed.</summary>
    void Show(Page page);

    /// <summary>Hides every hand until the named player is ready; false when they chose to save and leave.</summary>
    bool HandOff(HandOffNote note);

    /// <summary>A human's turn: returns a legal move, or leave.</summary>
    TurnAction Turn(TurnContext turn);

    /// <summary>Shows the board, hands hidden, while an opponent thinks.</summary>
    void Watch(BoardState state, string note);

    /// <summary>Shows a move just made, at a readable pace (a key skips the wait).</summary>
    void Played(BoardState state, PlayedMove move);

    /// <summary>Steps through a recorded match.</summary>
    void Replay(ReplayTape tape);
}
