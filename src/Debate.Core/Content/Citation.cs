namespace Debate.Core.Content;

/// <summary>Where a card's facts come from: a source document and its numbered paragraph.</summary>
public sealed record Citation(string Document, int Paragraph)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Document} ¶{Paragraph}";
}
