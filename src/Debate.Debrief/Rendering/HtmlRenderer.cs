using System.Globalization;
using System.Text;
using Debate.Debrief.Model;
using static Debate.Debrief.Rendering.Html;

namespace Debate.Debrief.Rendering;

/// <summary>
/// The debrief as one self-contained HTML page to project in class: inline style, no scripts, no
/// external resources, every text HTML-encoded.
/// </summary>
internal static class HtmlRenderer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(Debrief d)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>Debrief: ").Append(Encode(d.Match.Title)).Append("</title>\n");
        h.Append("<style>\n").Append(HtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        Header(h, d);
        Verdict(h, d);
        Flow(h, d);
        HtmlSections.Questions(h, d);
        HtmlSections.Transcript(h, d);
        HtmlSections.Sources(h, d);
        HtmlSections.Players(h, d);
        var m = d.Match;
        h.Append(Inv, $"<footer>Scenario {Encode(m.Scenario)} (content {Encode(m.ScenarioHash)}), seed {m.Seed}, {m.Moves} moves.");
        h.Append(m.Anonymised ? " Players appear under code names." : string.Empty).Append("</footer>\n");
        h.Append("</body>\n</html>\n");
        return h.ToString();
    }

    private static void Header(StringBuilder h, Debrief d)
    {
        var m = d.Match;
        h.Append("<header>\n<p class=\"kicker\">Debrief · ").Append(Encode(m.Title)).Append("</p>\n");
        h.Append("<h1>").Append(Encode(m.Motion)).Append("</h1>\n<div class=\"cases\">\n");
        h.Append("<div class=\"case alliance\"><strong class=\"alliance-text\">Alliance</strong> (proposition): ").Append(Encode(m.AllianceCase)).Append("</div>\n");
        h.Append("<div class=\"case partnership\"><strong class=\"partnership-text\">Partnership</strong> (opposition): ").Append(Encode(m.PartnershipCase)).Append("</div>\n");
        h.Append("</div>\n");
        if (!m.Finished)
        {
            h.Append("<p><span class=\"note\">The match was not finished; it is judged as it stands.</span></p>\n");
        }

        h.Append("</header>\n");
    }

    private static void Verdict(StringBuilder h, Debrief d)
    {
        var v = d.Verdict;
        var side = v.Winner is { } w ? $" {SideClass(w)}-text" : string.Empty;
        h.Append("<section id=\"verdict\">\n<h2>Verdict</h2>\n");
        h.Append(Inv, $"<p class=\"banner{side}\">").Append(Encode(Phrases.Headline(v))).Append("</p>\n");
        h.Append(Inv, $"<p>Swing: <strong class=\"alliance-text\">Alliance {Phrases.Percent(v.AllianceSwing)}</strong>, ");
        h.Append(Inv, $"<strong class=\"partnership-text\">Partnership {Phrases.Percent(v.PartnershipSwing)}</strong>. ");
        h.Append(Encode(Phrases.Standing(v)));
        h.Append(v.VerdictsDiffer ? $" <span class=\"note\">{Phrases.Split(v)}</span>" : string.Empty).Append("</p>\n");
        h.Append("<h3>Reason for decision</h3>\n<ul>\n");
        foreach (var line in v.Summary)
        {
            h.Append("<li>").Append(Encode(line)).Append("</li>\n");
        }

        foreach (var id in v.Decisive)
        {
            var a = d.Argument(id);
            h.Append(Inv, $"<li><strong>Decisive:</strong> #{a.Id} ").Append(Encode(Phrases.Tag(a))).Append(Inv, $" ({a.Side}, strength {a.Strength}). ").Append(Encode(a.Explanation)).Append("</li>\n");
        }

        foreach (var r in v.Refuted)
        {
            h.Append(Inv, $"<li><strong>Refuted:</strong> #{r.Argument} ").Append(Encode(Phrases.Tag(d.Argument(r.Argument)))).Append(Inv, $", by #{r.By} ").Append(Encode(Phrases.Tag(d.Argument(r.By)))).Append("</li>\n");
        }

        foreach (var id in v.Failed)
        {
            h.Append("<li><strong>Failed:</strong> ").Append(Encode(Phrases.FailedLine(d, id))).Append("</li>\n");
        }

        if (!v.Dropped.IsEmpty)
        {
            h.Append("<li><strong>Dropped</strong> (never answered, though the other side had a speech to answer): ").Append(string.Join(", ", v.Dropped.Select(id => $"#{id}"))).Append(" (marked DROPPED in the flow)</li>\n");
        }

        if (!v.LastWord.IsEmpty)
        {
            h.Append("<li><strong>Last word</strong> (made after the other side's last chance to answer; not dropped): ").Append(string.Join(", ", v.LastWord.Select(id => $"#{id}"))).Append("</li>\n");
        }

        h.Append("</ul>\n<h3>The room <small>(votes: for / against / undecided, in %)</small></h3>\n<table>\n<tr><th>Bloc</th><th class=\"num\">Share</th><th class=\"num\">Opening vote</th>");
        h.Append("<th class=\"num\">Closing vote</th><th class=\"num\">Alliance swing</th><th class=\"num\">Partnership swing</th></tr>\n");
        foreach (var b in v.Blocs)
        {
            h.Append("<tr><td>").Append(Encode(b.Name)).Append(Inv, $"</td><td class=\"num\">{b.Share}%</td>");
            h.Append(Inv, $"<td class=\"num\">{Phrases.Vote(b.Opening)}</td><td class=\"num\">{Phrases.Vote(b.Closing)}</td>");
            h.Append(Inv, $"<td class=\"num\">{Phrases.Percent(b.AllianceSwing)}</td><td class=\"num\">{Phrases.Percent(b.PartnershipSwing)}</td></tr>\n");
        }

        h.Append("</table>\n</section>\n");
    }

    private static void Flow(StringBuilder h, Debrief d)
    {
        h.Append("<section id=\"flow\">\n<h2>Flow</h2>\n");
        if (d.Flow.Columns.IsEmpty)
        {
            h.Append("<p>No speech was given.</p>\n</section>\n");
            return;
        }

        h.Append("<p>One column per speech; an answer sits on the row of what it answers.</p>\n<table class=\"flow\">\n<tr>");
        foreach (var c in d.Flow.Columns)
        {
            h.Append(Inv, $"<th class=\"{SideClass(c.Side)}\">").Append(Encode(c.Title)).Append("<span class=\"who\">").Append(Encode(c.Speaker)).Append("</span></th>");
        }

        h.Append("</tr>\n");
        if (d.Flow.Columns.Any(c => c.News is not null))
        {
            h.Append("<tr class=\"news\">").AppendJoin(string.Empty, d.Flow.Columns.Select(c => $"<td>{(c.News is null ? string.Empty : "News: " + Encode(c.News))}</td>"));
            h.Append("</tr>\n");
        }

        foreach (var row in d.Flow.Rows)
        {
            h.Append("<tr>").AppendJoin(string.Empty, row.Cells.Select(id => id is int i ? Cell(d.Argument(i)) : "<td></td>")).Append("</tr>\n");
        }

        h.Append("</table>\n</section>\n");
    }

    private static string Cell(ArgumentReport a)
    {
        var state = a.Status.ToString().ToLowerInvariant();
        // Non-breaking spaces keep the strength and its DROPPED mark on one line in a narrow column.
        var status = a.Dropped ? $"{a.Strength}&nbsp;·&nbsp;<span class=\"badge\">DROPPED</span>{Encode(Phrases.Failed(a))}" : Encode(Phrases.Status(a));
        return $"<td class=\"arg {SideClass(a.Side)} {state}\"><span class=\"id\">#{a.Id}</span> <span class=\"does\">{Encode(Phrases.Kind(a))}</span><br>"
            + $"<span class=\"tag\">{Encode(Phrases.Tag(a))}</span><span class=\"status\">{status}</span></td>";
    }
}
