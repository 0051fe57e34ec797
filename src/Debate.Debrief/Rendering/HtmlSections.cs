using System.Globalization;
using System.Text;
using static Debate.Debrief.Rendering.Html;

namespace Debate.Debrief.Rendering;

/// <summary>
/// The discussion half of the HTML page: questions, transcript, sources, players. The rubric
/// scores are left out on purpose: a page projected to the class should not show grades (they are in the CSV).
/// </summary>
internal static class HtmlSections
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Questions(StringBuilder h, Debrief d)
    {
        h.Append("<section id=\"questions\">\n<h2>Questions for discussion</h2>\n<ol class=\"questions\">\n");
        foreach (var q in d.Questions)
        {
            h.Append("<li>").Append(Encode(q.Context));
            if (!q.Points.IsEmpty)
            {
                h.Append("<ul>").AppendJoin(string.Empty, q.Points.Select(p => $"<li>{Encode(p)}</li>")).Append("</ul>");
            }

            h.Append("<span class=\"ask\">").Append(Encode(q.Question)).Append("</span></li>\n");
        }

        h.Append("</ol>\n</section>\n");
    }

    public static void Transcript(StringBuilder h, Debrief d)
    {
        h.Append("<section id=\"transcript\" class=\"transcript\">\n<h2>Transcript</h2>\n");
        foreach (var c in d.Flow.Columns)
        {
            h.Append(Inv, $"<h3 class=\"{SideClass(c.Side)}-text\">").Append(Encode(c.Title)).Append(": ").Append(Encode(c.Speaker)).Append("</h3>\n");
            var lines = d.Transcript.Where(t => t.Speech == c.Speech).ToList();
            foreach (var t in lines)
            {
                h.Append(t.Argument is int id ? $"<p><span class=\"id\">#{id}</span> " : "<p><em>").Append(Encode(t.Sentence));
                h.Append(t.Argument is null ? "</em>" : string.Empty);
                h.Append(" <span class=\"cite\">(").Append(Encode(Phrases.Source(t.Citation))).Append(")</span></p>\n");
            }

            if (lines.All(t => t.Argument is null))
            {
                h.Append("<p>").Append(Encode(c.Speaker)).Append(" played no card.</p>\n");
            }
        }

        h.Append("</section>\n");
    }

    public static void Sources(StringBuilder h, Debrief d)
    {
        h.Append("<section id=\"sources\">\n<h2>Sources</h2>\n");
        foreach (var doc in d.Sources)
        {
            h.Append("<h3>").Append(Encode(Phrases.Document(doc))).Append("</h3>\n");
            if (doc.Used.IsEmpty)
            {
                h.Append("<p>Nothing from this document was used.</p>\n");
            }
            else
            {
                h.Append("<table>\n<tr><th class=\"num\">¶</th><th>Used by</th><th>Summary</th></tr>\n");
                foreach (var use in doc.Used)
                {
                    h.Append(Inv, $"<tr><td class=\"num\">{use.Paragraph}</td><td>").Append(Encode(Phrases.Users(use))).Append("</td><td>");
                    h.Append(Encode(use.Summary)).Append("</td></tr>\n");
                }

                h.Append("</table>\n");
            }

            var basis = doc.FromDigest ? "Argument paragraphs never used" : "Paragraphs the scenario's cards cite that nobody used (no digest given)";
            h.Append("<p><strong>").Append(Encode(basis)).Append(doc.Unused.IsEmpty ? ":</strong> none.</p>\n" : ":</strong></p>\n<ul>\n");
            foreach (var p in doc.Unused)
            {
                h.Append(Inv, $"<li>¶{p.Paragraph}: ").Append(Encode(p.Summary ?? $"cited by {string.Join(", ", p.Cards)}")).Append("</li>\n");
            }

            h.Append(doc.Unused.IsEmpty ? string.Empty : "</ul>\n");
        }

        h.Append("</section>\n");
    }

    public static void Players(StringBuilder h, Debrief d)
    {
        h.Append("<section id=\"players\">\n<h2>Players</h2>\n");
        foreach (var p in d.Players)
        {
            h.Append(Inv, $"<div class=\"player {SideClass(p.Side)}\">\n<h3>").Append(Encode(p.Name)).Append(" <small>(").Append(Encode(Phrases.Role(p))).Append(")</small></h3>\n");
            h.Append("<p>Played by ").Append(Encode(p.Controller)).Append(". ").Append(Encode(Phrases.Figures(p.Figures))).Append(".</p>\n");
            if (p.Role is { } role)
            {
                h.Append("<p><strong>Secret objective:</strong> ").Append(Encode(role.Objective));
                h.Append(Inv, $" <span class=\"met\">{(role.Met ? "MET" : "NOT MET")}</span> ").Append(Encode(role.Detail)).Append("</p>\n");
            }

            h.Append("<ul>\n");
            Item(h, "Standing", p.Standing.Select(id => Arg(d, id)));
            Item(h, "Refuted", p.Refuted.Select(r => $"{Arg(d, r.Argument)}, by #{r.By}"));
            Item(h, "Undecided", p.Undecided.Select(id => Arg(d, id)));
            Item(h, "Rebuttals that landed", p.RebuttalsLanded.Select(r => $"{Arg(d, r.Rebuttal)}, defeating #{r.Target}"));
            Item(h, "Evidence", p.Evidence.Select(id => $"{Arg(d, id)}, for #{d.Argument(id).Target}"));
            h.Append("</ul>\n<table class=\"moves\">\n<tr><th class=\"num\">Move</th><th>Speech</th><th>What</th></tr>\n");
            foreach (var m in p.Moves)
            {
                h.Append(Inv, $"<tr><td class=\"num\">{m.Number}</td><td>").Append(Encode(m.SpeechTitle)).Append("</td><td>").Append(Encode(m.Text))
                    .Append("<br><span class=\"outcome\">Outcome: ").Append(Encode(m.Outcome)).Append("</span>");
                if (m.Reason is not null)
                {
                    h.Append("<br><span class=\"why\">Why: ").Append(Encode(m.Reason)).Append("</span>");
                }

                h.Append("</td></tr>\n");
            }

            h.Append("</table>\n</div>\n");
        }

        h.Append("</section>\n");
    }

    private static string Arg(Debrief d, int id) => $"#{id} {Phrases.Tag(d.Argument(id))}";

    private static void Item(StringBuilder h, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        h.Append("<li><strong>").Append(title).Append(":</strong> ");
        h.Append(list.Count == 0 ? "none" : "<ul class=\"items\">" + string.Concat(list.Select(i => $"<li>{Encode(i)}</li>")) + "</ul>");
        h.Append("</li>\n");
    }
}
