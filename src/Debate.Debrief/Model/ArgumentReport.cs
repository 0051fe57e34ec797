using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Content;

namespace Debate.Debrief.Model;

/// <summary>
/// One argument on the floor as the judge's flow sees it: who made it in which speech, what it
/// answers, who answered it, its final strength and status, and why.
/// </summary>
/// <param name="Id">The floor id (#1, #2...), in the order arguments were made.</param>
/// <param name="Speech">The speech it was made in (index into the flow's columns).</param>
/// <param name="Target">What evidence supports or a rebuttal attacks; null for a claim.</param>
/// <param name="Attackers">Rebuttals played against it.</param>
/// <param name="SupportedBy">Evidence played for it.</param>
/// <param name="Status">Standing, defeated or undecided in the grounded extension (evidence always stands).</param>
/// <param name="Dropped">A claim or rebuttal the other side never answered, though it had a speech in which it could have.</param>
/// <param name="LastWord">A claim or rebuttal made after the other side's last chance to answer it: unanswered, not dropped.</param>
/// <param name="TooWeak">A rebuttal weaker than its target: its attack failed (it may still stand as an argument).</param>
/// <param name="Either">Made with an Either card, argued for <paramref name="Side"/>'s case.</param>
/// <param name="SharedWith">For an Either card, the other side's arguments made with the same card: a shared concession.</param>
/// <param name="DefeatedBy">The standing attackers that defeat it.</param>
/// <param name="Citation">The card's citation as written: <c>document ¶N</c>.</param>
public sealed record ArgumentReport(
    int Id,
    string Card,
    CardKind Kind,
    Side Side,
    int Seat,
    string Speaker,
    int Speech,
    int? Target,
    string Tag,
    ImmutableArray<string> Themes,
    int Strength,
    Label Status,
    bool Dropped,
    bool LastWord,
    bool TooWeak,
    bool Either,
    ImmutableArray<int> SharedWith,
    ImmutableArray<int> Attackers,
    ImmutableArray<int> SupportedBy,
    ImmutableArray<int> DefeatedBy,
    string Explanation,
    string Citation);
