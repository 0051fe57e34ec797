namespace Debate.Console.Pages;

/// <summary>How a piece of text should look; the plain mode ignores it, so every tone must also be said in words.</summary>
internal enum Tone
{
    Plain,
    Title,
    Heading,
    Strong,
    Dim,
    Good,
    Bad,
    Warn,
    Alliance,
    Partnership,
    Key,
    Selected,
}
