using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>
/// Where <c>debate</c> with no arguments lands: new match, practice, resume, replay, scenarios,
/// settings, help, quit. Nothing is loaded before the menu is on screen; leaving asks first.
/// </summary>
internal sealed class MainMenu(ShellContext context)
{
    private IShellUi Ui => context.Ui;

    public async Task<int> Run()
    {
        var cursor = 0;
        while (true)
        {
            var saved = context.Saves.CountInProgress();
            var items = new List<ChoiceItem>
            {
                new("New match", "Hot seat: 2 to 6 players on two sides share this screen; opponents can take any seat."),
                new("Practice against an opponent", "You alone against a scripted opponent: novice, debater or champion."),
                new(saved == 0 ? "Resume" : $"Resume ({saved} saved)", "Carry on a match where it stopped: every move is saved as it is made.", saved == 0 ? "No match in progress is saved." : null),
                new("Replay", "Step through a saved match, move by move."),
                new("Scenarios", "The motions, cards, audiences and roles on offer; check a scenario file."),
                new("Settings", "The look (standard, high contrast for projectors, monochrome) and the opponents' pace."),
                new("Help", "Keys and rules."),
                new("Quit"),
            };
            var intro = new List<Line>
            {
                Line.Of("Argue a motion from its sources, on one shared screen.", Tone.Strong),
                Line.Of("Two sides play argument cards drawn from the readings; once it has heard both sides, the audience leans after every speech; the side that moves the room most wins.", Tone.Dim),
            };
            var pick = await Ui.Choose(new Choice("DEBATE", items, HelpTopic.MainMenu, intro, cursor));
            cursor = pick ?? cursor;
            switch (pick)
            {
                case 0:
                    await Play(await new SetupFlow(context).NewMatch());
                    break;
                case 1:
                    await Play(await new SetupFlow(context).Practice());
                    break;
                case 2:
                    await new ResumeList(context).Run();
                    break;
                case 3:
                    await Replay();
                    break;
                case 4:
                    await new ScenarioBrowser(context).Run();
                    break;
                case 5:
                    await new SettingsFlow(context).Run();
                    break;
                case 6:
                    await Ui.Show(HelpText.For(HelpTopic.MainMenu, context.Settings.Plain));
                    break;
                case 7:
                    return 0;
                default:
                    // Esc (or b in the plain mode) on the main menu: a slip of the finger must not end the session.
                    if (await Ui.Confirm("Quit", "Quit debate? Every match in progress is saved; Resume carries it on.", HelpTopic.MainMenu))
                    {
                        return 0;
                    }

                    break;
            }
        }
    }

    private async Task Play(MatchPlan? plan)
    {
        if (plan is not null)
        {
            await new MatchRunner(context).Start(plan);
        }
    }

    private async Task Replay()
    {
        var saves = context.Saves.Finished().Concat(ResumeList.Waiting(context.Saves)).ToList();
        var items = saves.Select(s => new ChoiceItem((s.Finished ? "Finished: " : "In progress: ") + SaveLabel.Of(s), SaveLabel.Detail(s))).ToList();
        items.Add(new ChoiceItem("Open a file... (type its path)"));
        var pick = await Ui.Choose(new Choice("Replay a match", items, HelpTopic.Replay, [Line.Of($"Saved in {context.Saves.Folder}", Tone.Dim)]));
        if (pick is null)
        {
            return;
        }

        Saves.SavedMatch? saved;
        if (pick == saves.Count)
        {
            var path = await Ui.Ask(new Question("Open a match record", "Path to a saved match (.json):", HelpTopic.Replay,
                Validate: p => File.Exists(p) ? null : $"There is no file at {p}."));
            saved = path is null ? null : Saves.SavedMatch.Read(path, finished: true);
        }
        else
        {
            saved = saves[pick.Value];
        }

        if (saved is not null)
        {
            await ReplayOpener.Open(context, saved);
        }
    }
}
