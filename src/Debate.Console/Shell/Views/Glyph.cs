using Debate.Console.Pages;

namespace Debate.Console.Shell.Views;

/// <summary>One grapheme as the terminal shows it: its text, how many columns it takes, its tone.</summary>
internal readonly record struct Glyph(string Text, int Width, Tone Tone);
