namespace Debate.Scenarios.Digests;

/// <summary>What a paragraph of a source document does, as its digest records it.</summary>
public enum ParagraphKind
{
    /// <summary>Carries an argument; counts for citation coverage.</summary>
    Argument,

    /// <summary>Facts or history without an argument of its own.</summary>
    Context,

    /// <summary>Headings, captions, bylines, links and other site chrome.</summary>
    Furniture,
}
