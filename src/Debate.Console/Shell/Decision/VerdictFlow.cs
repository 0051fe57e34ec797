using Debate.Console.Shell.Replay;
using Debate.Console.Shell.Ui;
using Debate.Core.Play;
using Debate.Core.Records;

namespace Debate.Console.Shell.Decision;

/// <summary>After the last speech: the verdict, then the debrief to save, a replay, or the menu.</summary>
internal sealed class VerdictFlow(ShellContext context)
{
    public void Run(Match match, MatchRecord record, string savePath)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(record);
        var ui = context.Ui;
        ui.Show(VerdictPage.Build(match, ui.ArtWidth));
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
            var intro = new List<Line> { Line.Of(VerdictPage.Headline(Debate.Core.Adjudication.Adjudicator.Judge(match)), Tone.Strong), Line.Of($"The match is saved: {savePath}", Tone.Dim) };
            if (saved is not null)
            {
                intro.Add(saved);
            }

            var pick = ui.Choose(new Choice("After the verdict", items, HelpTopic.Verdict, intro, cursor));
            cursor = pick ?? 3;
            switch (pick)
            {
                case 0:
                    saved = DebriefSave.Offer(context, match.Scenario, record, savePath) ?? saved;
                    break;
                case 1:
                    var tape = ReplayTape.Build(match.Scenario, record, "Replay", out _);
                    if (tape is not null)
                    {
                        ui.Replay(tape);
                    }

                    break;
                case 2:
                    ui.Show(VerdictPage.Build(match, ui.ArtWidth));
                    break;
                default:
                    return;
            }
        }
    }
}
