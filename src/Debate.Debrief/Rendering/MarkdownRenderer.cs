using System.Globalization;
using System.Text;
using Debate.Core.Play;
using Debate.Debrief.Model;
using static Debate.Debrief.Rendering.Markdown;

namespace Debate.Debrief.Rendering;

/// <summary>
/// The debrief as Markdown: verdict and reason, the room, the flow as a table, the questions, the
/// transcript, sources and players. Rubric scores are left out (they are in the CSV and JSON), so
/// the debrief can be shared with the class.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(Debrief d)
    {
        var md = new StringBuilder();
        Header(md, d);
        Verdict(md, d);
        Flow(md, d);
        MarkdownSections.Questions(md, d);
        Transcript(md, d);
        MarkdownSections.Sources(md, d);
        MarkdownSections.Players(md, d);
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void Header(StringBuilder md, Debrief d)
    {
        var m = d.Match;
        md.Append("# Debrief: ").Append(Escape(m.Title)).Append("\n\n");
        md.Append("**Motion:** ").Append(Escape(m.Motion)).Append("\n\n");
        md.Append("- **Alliance** (proposition): ").Append(Escape(m.AllianceCase)).Append('\n');
        md.Append("- **Partnership** (opposition): ").Append(Escape(m.PartnershipCase)).Append("\n\n");
        md.Append(Inv, $"Scenario `{Escape(m.Scenario)}` (content {m.ScenarioHash}), seed {m.Seed}, {m.Moves} moves.");
        md.Append(m.Finished ? string.Empty : " **The match was not finished; it is judged as it stands.**");
        md.Append(m.Anonymised ? " Players appear under code names." : string.Empty).Append("\n\n");
    }

    private static void Verdict(StringBuilder md, Debrief d)
    {
        var v = d.Verdict;
        md.Append("## Verdict: ").Append(Phrases.Headline(v)).Append("\n\n");
        md.Append(Inv, $"Swing: Alliance {Phrases.Percent(v.AllianceSwing)}, Partnership {Phrases.Percent(v.PartnershipSwing)}. ");
        md.Append(Phrases.Standing(v));
        md.Append(v.VerdictsDiffer ? $" **{Phrases.Split(v)}**" : string.Empty).Append("\n\n");
        md.Append("### Reason for decision\n\n");
        foreach (var line in v.Summary)
        {
            md.Append("- ").Append(Escape(line)).Append('\n');
        }

        foreach (var a in v.Decisive.Select(d.Argument))
        {
            md.Append(Inv, $"- **Decisive:** #{a.Id} {Escape(Phrases.Tag(a))} ({a.Side}, strength {a.Strength}). {Escape(a.Explanation)}\n");
        }

        foreach (var r in v.Refuted)
        {
            md.Append(Inv, $"- **Refuted:** #{r.Argument} {Escape(Phrases.Tag(d.Argument(r.Argument)))}, by #{r.By} {Escape(Phrases.Tag(d.Argument(r.By)))}\n");
        }

        foreach (var id in v.Failed)
        {
            md.Append("- **Failed:** ").Append(Escape(Phrases.FailedLine(d, id))).Append('\n');
        }

        if (!v.Dropped.IsEmpty)
        {
            md.Append("- **Dropped** (never answered, though the other side had a speech to answer): ").Append(string.Join(", ", v.Dropped.Select(id => $"#{id}"))).Append(" (marked DROPPED in the flow)\n");
        }

        if (!v.LastWord.IsEmpty)
        {
            md.Append("- **Last word** (made after the other side's last chance to answer; not dropped): ").Append(string.Join(", ", v.LastWord.Select(id => $"#{id}"))).Append('\n');
        }

        md.Append("\n### The room (votes: for / against / undecided, in %)\n\n");
        md.Append("| Bloc | Share | Opening vote | Closing vote | Alliance swing | Partnership swing |\n");
        md.Append("| --- | ---: | --- | --- | ---: | ---: |\n");
        foreach (var b in v.Blocs)
        {
            md.Append(Inv, $"| {Escape(b.Name)} | {b.Share} | {Phrases.Vote(b.Opening)} | {Phrases.Vote(b.Closing)} | ");
            md.Append(Inv, $"{Phrases.Percent(b.AllianceSwing)} | {Phrases.Percent(b.PartnershipSwing)} |\n");
        }

        md.Append('\n');
    }

    private static void Flow(StringBuilder md, Debrief d)
    {
        md.Append("## Flow\n\n");
        if (d.Flow.Columns.IsEmpty)
        {
            md.Append("No speech was given.\n\n");
            return;
        }

        md.Append("One column per speech; an answer sits on the row of what it answers. Each cell: id, what it does, tag, strength and status.\n\n");
        md.Append('|').AppendJoin('|', d.Flow.Columns.Select(c => $" {Escape(c.Title)}: {Escape(c.Speaker)} ")).Append("|\n");
        md.Append('|').AppendJoin('|', d.Flow.Columns.Select(_ => " --- ")).Append("|\n");
        if (d.Flow.Columns.Any(c => c.News is not null))
        {
            md.Append('|').AppendJoin('|', d.Flow.Columns.Select(c => c.News is null ? " " : $" *News: {Escape(Phrases.Short(c.News, 60))}* ")).Append("|\n");
        }

        foreach (var row in d.Flow.Rows)
        {
            md.Append('|').AppendJoin('|', row.Cells.Select(id => id is int i ? $" {Cell(d.Argument(i))} " : " ")).Append("|\n");
        }

        md.Append('\n');
    }

    private static string Cell(ArgumentReport a) =>
        $"**#{a.Id}** {Phrases.Kind(a)}: {Escape(Phrases.Short(a.Tag, 60))}{(a.Either ? Escape($" ({EitherSide.Note(a.Side, a.SharedWith)})") : string.Empty)} ({Phrases.Status(a)})";

    private static void Transcript(StringBuilder md, Debrief d)
    {
        md.Append("## Transcript\n\n");
        foreach (var column in d.Flow.Columns)
        {
            md.Append("### ").Append(Escape(column.Title)).Append(": ").Append(Escape(column.Speaker)).Append("\n\n");
            var lines = d.Transcript.Where(t => t.Speech == column.Speech).ToList();
            foreach (var t in lines)
            {
                md.Append(t.Argument is int id ? $"**#{id}** " : "*").Append(Escape(t.Sentence)).Append(t.Argument is null ? "*" : string.Empty);
                md.Append(" (").Append(Escape(Phrases.Source(t.Citation))).Append(")\n\n");
            }

            if (lines.All(t => t.Argument is null))
            {
                md.Append(Escape(column.Speaker)).Append(" played no card.\n\n");
            }
        }
    }
}
