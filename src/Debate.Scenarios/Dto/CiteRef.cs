namespace Debate.Scenarios.Dto;

/// <summary>A citation as written: <c>dai-2018 ¶4</c>.</summary>
internal sealed record CiteRef(string Document, int Paragraph)
{
    public override string ToString() => $"{Document} ¶{Paragraph}";
}
