using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Console.Pages;

/// <summary>One line of a screen, made of spans; both the full-screen and the plain mode render it.</summary>
internal sealed record Line(ImmutableArray<Span> Spans, int Indent = 0)
{
    public static Line Blank { get; } = new([]);

    /// <summary>
    /// Where a wrapped row of this line continues, in columns past <see cref="Indent"/>, or null for the
    /// view's own hang: a key table's rows continue under their description, not under the key.
    /// </summary>
    public int? Hang { get; init; }

    public string Text => new string(' ', Indent) + string.Concat(Spans.Select(s => s.Text));

    public int Length => Indent + Spans.Sum(s => s.Text.Length);

    public static Line Of(string text, Tone tone = Tone.Plain, int indent = 0) => new([new Span(text, tone)], indent);

    public static Tone SideTone(Side side) => side == Side.Alliance ? Tone.Alliance : Tone.Partnership;

    public Line Add(string text, Tone tone = Tone.Plain) => this with { Spans = Spans.Add(new Span(text, tone)) };

    public Line Indented(int indent) => this with { Indent = indent };

    /// <summary>This line followed by <paramref name="other"/> (its indent becomes spaces).</summary>
    public Line Then(Line other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var lead = other.Indent > 0 ? [new Span(new string(' ', other.Indent))] : ImmutableArray<Span>.Empty;
        return this with { Spans = Spans.AddRange(lead).AddRange(other.Spans) };
    }

    /// <summary>The same line with every span in <paramref name="tone"/> (used for the selected row).</summary>
    public Line InTone(Tone tone) => this with { Spans = [.. Spans.Select(s => s with { Tone = tone })] };
}
