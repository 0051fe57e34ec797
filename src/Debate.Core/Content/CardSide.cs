namespace Debate.Core.Content;

/// <summary>Which side may play a card. Either-cards carry the nuance both articles share.</summary>
public enum CardSide
{
    /// <summary>Only the Alliance side.</summary>
    Alliance = Side.Alliance,

    /// <summary>Only the Partnership side.</summary>
    Partnership = Side.Partnership,

    /// <summary>Either side; the argument belongs to whoever plays it.</summary>
    Either,
}
