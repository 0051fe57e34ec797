using Debate.Console.Pages;
using Debate.Core.Adjudication;
using Debate.Core.Play;
using Debate.Core.Records;

namespace Debate.Console.Play;

/// <summary>After the last speech: the verdict, then the debrief to save, a replay, or the menu.</summary>
internal sealed class VerdictFlow(ShellContext context)
{
    public async Task Run(Match match, MatchRecord record, string savePath)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(record);
        var ui = context.Ui;
        await ui.Show(VerdictPage.Build(match));
        var cursor = 0;
        Line? saved = null;
        while (true)
        {
            var items = new List<ChoiceItem>
            {
                new("Save the debrief", "Markdown, HTML, JSON or CSV: the verdict, the flow, the transcript with citations, sources used, each player's record."),
                new("Replay this match", "Step through it move by move: Left and Right, Up and Down for speeches."),
                new("Read the verdict again"),
                new("Back to the main menu"),
            };
            var intro = new List<Line>
            {
                Line.Of(VerdictPage.Headline(Adjudicator.Judge(match)), Tone.Strong),
                Line.Blank.Add("The match record is saved in ", Tone.Dim).Add(savePath),
            };
            if (saved is not null)
            {
                intro.Add(saved);
            }

            var pick = await ui.Choose(new Choice("After the verdict", items, HelpTopic.Verdict, intro, cursor));
            cursor = pick ?? 3;
            switch (pick)
            {
                case 0:
                    saved = await DebriefSave.Offer(context, match.Scenario, record, savePath) ?? saved;
                    break;
                case 1:
                    var tape = ReplayTape.Build(match.Scenario, record, "Replay", out _);
                    if (tape is not null)
                    {
                        await ui.Replay(tape);
                    }

                    break;
                case 2:
                    await ui.Show(VerdictPage.Build(match));
                    break;
                default:
                    return;
            }
        }
    }
}
