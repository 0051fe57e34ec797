using System.Globalization;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Debrief.Model;

namespace Debate.Debrief.Rendering;

/// <summary>The short phrases the Markdown and HTML pages share, so both say the same thing the same way.</summary>
internal static class Phrases
{
    public static string Headline(VerdictReport v) => v.Winner is { } w ? $"{w} wins" : "A dead heat";

    // A level flow is not a disagreement with the room: say which of the two it is.
    public static string Split(VerdictReport v) => (v.Winner, v.WinnerByStanding) switch
    {
        (_, null) => "The flow is level; the room decided.",
        (null, { } flow) => $"The room is level; the flow favours {flow}.",
        _ => "The room and the flow disagree.",
    };

    public static string Percent(double swing) =>
        (swing * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";

    public static string Number(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);

    // Whole percentages read best on a screen; the JSON keeps six decimals.
    public static string Vote(VoteShare v) =>
        string.Create(CultureInfo.InvariantCulture, $"{v.For:0} / {v.Against:0} / {v.Undecided:0}");

    public static string Status(ArgumentReport a) => a switch
    {
        { Kind: CardKind.Evidence } => $"adds {a.Strength}",
        { Dropped: true } => $"{a.Strength} · DROPPED",
        { Status: Label.Defeated } => $"{a.Strength} · refuted by #{a.DefeatedBy[0]}",
        { Status: Label.Undecided } => $"{a.Strength} · undecided",
        { LastWord: true } => $"{a.Strength} · stands · last word",
        _ => $"{a.Strength} · stands",
    } + Failed(a);

    /// <summary>The tag, followed for an Either card by whose case it served and any shared concession, as the floor says it.</summary>
    public static string Tag(ArgumentReport a) => a.Either ? $"{a.Tag} ({EitherSide.Note(a.Side, a.SharedWith)})" : a.Tag;

    /// <summary>" · failed: too weak for #5" for a rebuttal weaker than its target, else empty.</summary>
    public static string Failed(ArgumentReport a) => a.TooWeak ? $" · failed: too weak for #{a.Target}" : string.Empty;

    /// <summary>The standing count, in the judge's words (what it counts included).</summary>
    public static string Standing(VerdictReport v) => Adjudicator.StandingLine(v.AllianceStanding, v.PartnershipStanding);

    public static string FailedLine(Debrief d, int id)
    {
        var a = d.Argument(id);
        var target = d.Argument(a.Target!.Value);
        return string.Create(CultureInfo.InvariantCulture, $"#{a.Id} {Tag(a)} ({a.Side}): too weak for #{target.Id}, {a.Strength} against {target.Strength}");
    }

    public static string Kind(ArgumentReport a) => a.Kind switch
    {
        CardKind.Evidence => $"supports #{a.Target}",
        CardKind.Rebuttal => $"answers #{a.Target}",
        _ => "claim",
    };

    public static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    public static string Role(PlayerReport p) => p.Role is null ? p.Side.ToString() : $"{p.Role.Title}, {p.Side}";

    /// <summary>The citation with the author's name (without the affiliation in brackets), title, outlet and date.</summary>
    public static string Source(CitationReport c)
    {
        var author = c.Author is { } a && a.IndexOf(" (", StringComparison.Ordinal) is var cut and > 0 ? a[..cut] : c.Author;
        var parts = new[] { author, c.Title is null ? null : $"“{c.Title}”", c.Outlet, c.Date }.Where(s => !string.IsNullOrWhiteSpace(s));
        var joined = string.Join(", ", parts);
        return joined.Length == 0 ? c.Text : $"{c.Text}, {joined}";
    }

    public static string Figures(PlayerFigures f) =>
        $"{Plural.Of(f.ArgumentsStanding, "argument")} standing, {Plural.Of(f.RebuttalsLanded, "rebuttal")} landed, "
        + $"{Plural.Of(f.EvidenceUsed, "evidence card")} played, {Plural.Of(f.SourcesCited, "source paragraph")} cited, "
        + $"{Plural.Of(f.Dropped, "opposing argument")} left unanswered";

    public static string Objective(RoleReport r) => r.Met ? "met" : "not met";

    public static string Document(DocumentCoverage d)
    {
        var who = new[] { d.Author, d.Outlet, d.Date }.Where(s => !string.IsNullOrWhiteSpace(s));
        var title = d.Title is null ? d.Document : $"{d.Document}: {d.Title}";
        var by = string.Join(", ", who);
        return by.Length == 0 ? title : $"{title} ({by})";
    }

    public static string Users(ParagraphUse use) =>
        string.Join(", ", use.By.Select(u => u.Argument is int id ? $"{u.Name} (#{id}, {u.Card})" : $"{u.Name} ({u.Card})"));
}
