namespace Debate.Console.Pages;

/// <summary>Which help a screen shows when <c>?</c> is pressed.</summary>
internal enum HelpTopic
{
    MainMenu,
    Setup,
    Board,
    Targets,
    HandOff,
    Role,
    Opponent,
    Verdict,
    Replay,
    Resume,
    Settings,
    Reading,
    HelpPage,
}
