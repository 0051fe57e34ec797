using System.Collections.Immutable;

namespace Debate.Scenarios;

/// <summary>
/// How much of one source document a scenario draws on: of the paragraphs its digest marks as
/// carrying an argument, how many are cited by at least one card or event.
/// </summary>
/// <param name="Document">The digest's document id, such as <c>dai-2018</c>.</param>
/// <param name="Cited">Argument paragraphs cited at least once.</param>
/// <param name="Arguments">All argument paragraphs of the document.</param>
/// <param name="Uncited">The argument paragraphs no card or event cites, in order.</param>
public sealed record DocumentCoverage(string Document, int Cited, int Arguments, ImmutableArray<int> Uncited)
{
    /// <summary>Cited over all argument paragraphs, from 0 to 1 (1 when the document has none).</summary>
    public double Ratio => Arguments == 0 ? 1 : (double)Cited / Arguments;

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"{Document}: {Cited}/{Arguments} argument paragraphs cited ({Ratio * 100:0}%)");
}
