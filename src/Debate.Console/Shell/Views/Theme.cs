using Debate.Console.Pages;
using Debate.Console.Play;
using Terminal.Gui.Drawing;
using TgAttribute = Terminal.Gui.Drawing.Attribute;

namespace Debate.Console.Shell.Views;

/// <summary>
/// How each tone of the words is drawn. Standard colours sit on the terminal's own background;
/// high contrast paints bright, bold colours on black for a projector; monochrome (and
/// <c>NO_COLOR</c>) uses bold, underline and reverse only, so every mark must also be a glyph or a word.
/// </summary>
internal sealed class Theme
{
    private readonly Dictionary<Tone, TgAttribute> attributes;

    private Theme(ShellTheme look, Dictionary<Tone, TgAttribute> attributes)
    {
        Look = look;
        this.attributes = attributes;
    }

    public ShellTheme Look { get; }

    /// <summary>The attribute for a tone.</summary>
    public TgAttribute this[Tone tone] => attributes.TryGetValue(tone, out var a) ? a : attributes[Tone.Plain];

    /// <summary>A toolkit scheme in this look, for the toolkit's own views (the text field).</summary>
    public Scheme Scheme => new(this[Tone.Plain])
    {
        Focus = this[Tone.Selected],
        Editable = this[Tone.Selected],
        Active = this[Tone.Selected],
    };

    public static Theme For(ShellTheme look) => look switch
    {
        ShellTheme.HighContrast => HighContrast(),
        ShellTheme.Monochrome => Monochrome(),
        _ => Standard(),
    };

    private static Theme Standard()
    {
        var none = Color.None;
        TgAttribute A(Color fg, TextStyle style = TextStyle.None) => new(fg, none, style);
        return new Theme(ShellTheme.Standard, new()
        {
            [Tone.Plain] = A(none),
            [Tone.Title] = A(none, TextStyle.Bold),
            [Tone.Heading] = A(none, TextStyle.Bold | TextStyle.Underline),
            [Tone.Strong] = A(none, TextStyle.Bold),
            [Tone.Dim] = A(new Color(150, 150, 150)),
            [Tone.Good] = A(new Color(0, 200, 0), TextStyle.Bold),
            [Tone.Bad] = A(new Color(255, 70, 70), TextStyle.Bold),
            [Tone.Warn] = A(new Color(230, 190, 0), TextStyle.Bold),
            [Tone.Alliance] = A(new Color(0, 175, 255), TextStyle.Bold),
            [Tone.Partnership] = A(new Color(255, 135, 0), TextStyle.Bold),
            [Tone.Key] = A(none, TextStyle.Bold | TextStyle.Reverse),
            [Tone.Selected] = A(none, TextStyle.Bold | TextStyle.Reverse),
        });
    }

    private static Theme HighContrast()
    {
        var black = new Color(0, 0, 0);
        var white = new Color(255, 255, 255);
        TgAttribute A(Color fg, TextStyle style = TextStyle.Bold) => new(fg, black, style);
        return new Theme(ShellTheme.HighContrast, new()
        {
            [Tone.Plain] = A(white, TextStyle.None),
            [Tone.Title] = A(white),
            [Tone.Heading] = A(white, TextStyle.Bold | TextStyle.Underline),
            [Tone.Strong] = A(white),
            [Tone.Dim] = A(new Color(210, 210, 210), TextStyle.None),
            [Tone.Good] = A(new Color(0, 255, 0)),
            [Tone.Bad] = A(new Color(255, 80, 80)),
            [Tone.Warn] = A(new Color(255, 255, 0)),
            [Tone.Alliance] = A(new Color(0, 255, 255)),
            [Tone.Partnership] = A(new Color(255, 170, 0)),
            [Tone.Key] = new(black, new Color(255, 255, 0), TextStyle.Bold),
            [Tone.Selected] = new(black, white, TextStyle.Bold),
        });
    }

    private static Theme Monochrome()
    {
        var none = Color.None;
        TgAttribute A(TextStyle style) => new(none, none, style);
        return new Theme(ShellTheme.Monochrome, new()
        {
            [Tone.Plain] = A(TextStyle.None),
            [Tone.Title] = A(TextStyle.Bold),
            [Tone.Heading] = A(TextStyle.Bold | TextStyle.Underline),
            [Tone.Strong] = A(TextStyle.Bold),
            [Tone.Dim] = A(TextStyle.None),
            [Tone.Good] = A(TextStyle.Bold),
            [Tone.Bad] = A(TextStyle.Bold | TextStyle.Underline),
            [Tone.Warn] = A(TextStyle.Bold),
            [Tone.Alliance] = A(TextStyle.Bold),
            [Tone.Partnership] = A(TextStyle.Bold | TextStyle.Underline),
            [Tone.Key] = A(TextStyle.Bold | TextStyle.Reverse),
            [Tone.Selected] = A(TextStyle.Bold | TextStyle.Reverse),
        });
    }
}
