namespace Debate.Console.Play;

/// <summary>How the board looks: colours for a screen, strong contrast for a projector, or attributes only.</summary>
internal enum ShellTheme
{
    /// <summary>Sides in blue and orange, standing in green, defeated in red, on the terminal's own background.</summary>
    Standard,

    /// <summary>Bright colours on black, bold everywhere it matters: readable on a washed-out projector.</summary>
    HighContrast,

    /// <summary>No colour at all (what <c>NO_COLOR</c> asks for): bold, reverse and underline only.</summary>
    Monochrome,
}
