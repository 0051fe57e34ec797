namespace Debate.Console.Shell.Terminal;

/// <summary>The marks the board draws with, in Unicode or in plain ASCII for terminals without it.</summary>
internal sealed record Glyphs(
    string Stands,
    string Defeated,
    string Undecided,
    string Evidence,
    string Pointer,
    string AllianceBar,
    string UndecidedBar,
    string PartnershipBar,
    string TimeFull,
    string TimeEmpty,
    string Up,
    string Down,
    string Ellipsis)
{
    public static Glyphs Unicode { get; } = new("✔", "✘", "?", "+", "▶", "█", "░", "▓", "■", "□", "▲", "▼", "…");

    public static Glyphs Ascii { get; } = new("+", "x", "?", "+", ">", "#", ".", "=", "#", "-", "^", "v", "...");
}
