using System.Globalization;
using System.Text;
using Debate.Debrief.Model;
using static Debate.Debrief.Rendering.Markdown;

namespace Debate.Debrief.Rendering;

/// <summary>The second half of the Markdown debrief: questions, source coverage, players.</summary>
internal static class MarkdownSections
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Sources(StringBuilder md, Debrief d)
    {
        md.Append("## Sources\n\n");
        foreach (var doc in d.Sources)
        {
            md.Append("### ").Append(Escape(Phrases.Document(doc))).Append("\n\n");
            md.Append(doc.Used.IsEmpty ? "Nothing from this document was used.\n\n" : "| ¶ | Used by | Summary |\n| ---: | --- | --- |\n");
            foreach (var use in doc.Used)
            {
                md.Append(Inv, $"| {use.Paragraph} | {Escape(Phrases.Users(use))} | {Escape(use.Summary)} |\n");
            }

            md.Append(doc.Used.IsEmpty ? string.Empty : "\n");
            var basis = doc.FromDigest ? "Argument paragraphs never used" : "Paragraphs the scenario's cards cite that nobody used (no digest given)";
            md.Append(basis).Append(doc.Unused.IsEmpty ? ": none.\n\n" : ":\n\n");
            foreach (var p in doc.Unused)
            {
                var what = p.Summary ?? $"cited by {string.Join(", ", p.Cards)}";
                md.Append(Inv, $"- ¶{p.Paragraph}: {Escape(what)}\n");
            }

            md.Append(doc.Unused.IsEmpty ? string.Empty : "\n");
        }
    }

    public static void Players(StringBuilder md, Debrief d)
    {
        md.Append("## Players\n\n");
        foreach (var p in d.Players)
        {
            md.Append(Inv, $"### {Escape(p.Name)} ({Escape(Phrases.Role(p))})\n\n");
            md.Append(Inv, $"Played by: {Escape(p.Controller)}. Figures: {Phrases.Figures(p.Figures)}.\n\n");
            if (p.Role is { } role)
            {
                md.Append("- **Brief:** ").Append(Escape(role.Brief)).Append('\n');
                md.Append("- **Secret objective:** ").Append(Escape(role.Objective));
                md.Append(Inv, $" **{Phrases.Objective(role)}**: {Escape(role.Detail)}\n");
            }

            List(md, "Standing", p.Standing.Select(id => Arg(d, id)));
            List(md, "Refuted", p.Refuted.Select(r => $"{Arg(d, r.Argument)}, by #{r.By}"));
            List(md, "Undecided", p.Undecided.Select(id => Arg(d, id)));
            List(md, "Rebuttals that landed", p.RebuttalsLanded.Select(r => $"{Arg(d, r.Rebuttal)}, defeating #{r.Target}"));
            List(md, "Evidence", p.Evidence.Select(id => $"{Arg(d, id)}, for #{d.Argument(id).Target}"));
            md.Append("\nMoves:\n\n");
            foreach (var m in p.Moves)
            {
                // Not an ordered list: Markdown would renumber the log's move numbers from 1.
                var stop = m.Text.Length > 0 && ".!?".Contains(m.Text[^1], StringComparison.Ordinal) ? " " : ". ";
                md.Append(Inv, $"- Move {m.Number}, {Escape(m.SpeechTitle)}: {Escape(m.Text)}{stop}Outcome: {Escape(m.Outcome)}.");
                md.Append(m.Reason is null ? "\n" : $" *Why: {Escape(m.Reason)}*\n");
            }

            md.Append('\n');
        }
    }

    public static void Questions(StringBuilder md, Debrief d)
    {
        md.Append("## Questions for discussion\n\n");
        var n = 0;
        foreach (var q in d.Questions)
        {
            md.Append(Inv, $"{++n}. {Escape(q.Context)}\n");
            foreach (var point in q.Points)
            {
                md.Append("   - ").Append(Escape(point)).Append('\n');
            }

            md.Append(Inv, $"\n   **{Escape(q.Question)}**\n\n");
        }

        md.Append('\n');
    }

    private static string Arg(Debrief d, int id) => $"#{id} {Escape(Phrases.Tag(d.Argument(id)))}";

    private static void List(StringBuilder md, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        md.Append(Inv, $"- **{title}:**").Append(list.Count == 0 ? " none\n" : "\n");
        foreach (var item in list)
        {
            md.Append("  - ").Append(item).Append('\n');
        }
    }
}
