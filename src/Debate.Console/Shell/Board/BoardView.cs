using System.Collections.Immutable;
using Debate.Console.Shell.Ui;
using Debate.Core.Play;

namespace Debate.Console.Shell.Board;

/// <summary>
/// One frame of the board: the state, the hand on show (null when hidden, with a note and the
/// spotlight on the move just made instead), the cursor, the targets being chosen, a message line
/// (a rejection or news) and the status line of keys.
/// </summary>
internal sealed record BoardView(
    BoardState State,
    ImmutableArray<HandOption>? Hand,
    int Cursor,
    IReadOnlyList<Move>? Targets,
    int TargetCursor,
    Line? Message,
    int? FloorScroll,
    Line Status,
    string? HiddenHandNote = null,
    string? Title = null,
    IReadOnlyList<Line>? Spotlight = null);
