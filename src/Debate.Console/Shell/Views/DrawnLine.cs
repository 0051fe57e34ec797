namespace Debate.Console.Shell.Views;

/// <summary>One screen row of text: its indent in columns and the glyphs after it; <see cref="Item"/> is what a click on it picks.</summary>
internal sealed record DrawnLine(int Indent, IReadOnlyList<Glyph> Glyphs, int Item)
{
    public int Width => Indent + Glyphs.Sum(g => g.Width);

    /// <summary>The row's text, for tests and the screen reader's sake.</summary>
    public string Text => new string(' ', Indent) + string.Concat(Glyphs.Select(g => g.Text));
}
