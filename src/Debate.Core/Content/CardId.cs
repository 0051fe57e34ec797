namespace Debate.Core.Content;

/// <summary>The id a scenario gives a card, such as <c>A07</c>.</summary>
public readonly record struct CardId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
