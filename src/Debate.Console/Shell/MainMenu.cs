using Debate.Console.Saves;
using Debate.Console.Shell.Help;
using Debate.Console.Shell.Play;
using Debate.Console.Shell.Replay;
using Debate.Console.Shell.Setup;
using Debate.Console.Shell.Ui;

namespace Debate.Console.Shell;

/// <summary>
/// Where <c>debate</c> with no arguments lands: new match, practice, resume, replay, scenarios,
/// help, quit. Nothing is loaded before the menu is on screen.
/// </summary>
internal sealed class MainMenu(ShellContext context)
{
    private IShellUi Ui => context.Ui;

    public int Run()
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
                new("Help", "Keys and rules."),
                new("Quit"),
            };
            var intro = new List<Line>
            {
                Line.Of("Argue a motion from its sources, on one shared screen.", Tone.Strong),
                Line.Of("Two sides play argument cards drawn from the readings; the audience leans after every speech; the side that moves the room most wins.", Tone.Dim),
            };
            var pick = Ui.Choose(new Choice("DEBATE", items, HelpTopic.MainMenu, intro, cursor));
            cursor = pick ?? cursor;
            switch (pick)
            {
                case 0:
                    Play(new SetupFlow(context).NewMatch());
                    break;
                case 1:
                    Play(new SetupFlow(context).Practice());
                    break;
                case 2:
                    Resume();
                    break;
                case 3:
                    Replay();
                    break;
                case 4:
                    new ScenarioBrowser(context).Run();
                    break;
                case 5:
                    Ui.Show(HelpText.For(HelpTopic.MainMenu, context.Settings.Plain));
                    break;
                default:
                    return 0;
            }
        }
    }

    private void Play(MatchPlan? plan)
    {
        if (plan is not null)
        {
            new MatchRunner(context).Start(plan);
        }
    }

    private void Resume()
    {
        var saves = context.Saves.InProgress();
        var pick = Pick("Resume a match", saves);
        if (pick is not null)
        {
            new MatchRunner(context).Resume(pick);
        }
    }

    private void Replay()
    {
        var saves = context.Saves.Finished().Concat(context.Saves.InProgress()).ToList();
        var items = saves.Select(s => new ChoiceItem((s.Finished ? "Finished: " : "In progress: ") + s.Label, s.Detail)).ToList();
        items.Add(new ChoiceItem("Open a file... (type its path)"));
        var pick = Ui.Choose(new Choice("Replay a match", items, HelpTopic.Replay));
        if (pick is null)
        {
            return;
        }

        SavedMatch? saved;
        if (pick == saves.Count)
        {
            var path = Ui.Ask(new Question("Open a match record", "Path to a saved match (.json):", HelpTopic.Replay,
                Validate: p => File.Exists(p) ? null : $"There is no file at {p}."));
            saved = path is null ? null : SavedMatch.Read(path, finished: true);
        }
        else
        {
            saved = saves[pick.Value];
        }

        if (saved is not null)
        {
            ReplayOpener.Open(context, saved);
        }
    }

    private SavedMatch? Pick(string title, IReadOnlyList<SavedMatch> saves)
    {
        if (saves.Count == 0)
        {
            Ui.Show(new Page(title, [Line.Of("No saved match is waiting.")], HelpTopic.Reading));
            return null;
        }

        var pick = Ui.Choose(new Choice(title, [.. saves.Select(s => new ChoiceItem(s.Label, s.Detail))], HelpTopic.MainMenu,
            [Line.Of($"Saved in {context.Saves.Folder}", Tone.Dim)]));
        return pick is null ? null : saves[pick.Value];
    }
}
