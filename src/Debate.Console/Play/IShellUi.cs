using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>
/// Everything the menus and the match ask of the person at the keyboard. Two faces: the board on
/// Terminal.Gui (<c>Shell/</c>) and the linear, screen-reader-friendly plain mode (<c>Plain/</c>).
/// Every answer is a task: the board completes it from a key or a click on its UI thread, the
/// plain mode at once from a line typed.
/// </summary>
internal interface IShellUi
{
    /// <summary>The index chosen, or null to go back.</summary>
    Task<int?> Choose(Choice choice);

    /// <summary>The text typed (the default when nothing is), or null to go back.</summary>
    Task<string?> Ask(Question question);

    /// <summary>Yes or no.</summary>
    Task<bool> Confirm(string title, string question, HelpTopic help);

    /// <summary>Shows a page until it is dismissed.</summary>
    Task Show(Page page);

    /// <summary>Hides every hand until the named player is ready; false when they chose to save and leave.</summary>
    Task<bool> HandOff(HandOffNote note);

    /// <summary>A human's turn: returns a legal move, or leave.</summary>
    Task<TurnAction> Turn(TurnContext turn);

    /// <summary>Shows the board, every hand hidden, while an opponent thinks.</summary>
    Task Watch(BoardState state, string note);

    /// <summary>Runs an opponent's thinking without freezing the screen, and returns its answer.</summary>
    Task<T> Think<T>(Func<T> work);

    /// <summary>Shows a move just made, at a readable pace (a key skips the wait).</summary>
    Task Played(BoardState state, PlayedMove move);

    /// <summary>Steps through a recorded match.</summary>
    Task Replay(ReplayTape tape);

    /// <summary>Takes new settings (the look, the pace) from now on.</summary>
    void Apply(ShellSettings settings);
}
