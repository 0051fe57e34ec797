using Debate.Console.Pages;
using Debate.Console.Saves;

namespace Debate.Console.Play;

/// <summary>
/// Resume: the matches in progress that have at least one move, labelled so they can be told apart;
/// carry one on, or delete it after a confirmation. Saves that cannot be read are listed too, so
/// they can be deleted.
/// </summary>
internal sealed class ResumeList(ShellContext context)
{
    private IShellUi Ui => context.Ui;

    /// <summary>Saves worth offering: readable with at least one move, or unreadable (to be deleted).</summary>
    public static IReadOnlyList<SavedMatch> Waiting(SaveStore saves)
    {
        ArgumentNullException.ThrowIfNull(saves);
        return [.. saves.InProgress().Where(s => s.Record is null || !s.Record.Moves.IsEmpty)];
    }

    public async Task Run()
    {
        var cursor = 0;
        while (true)
        {
            var saves = Waiting(context.Saves);
            if (saves.Count == 0)
            {
                await Ui.Show(new Page("Resume a match", [Line.Of("No saved match is waiting.")], HelpTopic.Reading));
                return;
            }

            var items = saves.Select(s => new ChoiceItem(SaveLabel.Of(s) + (SaveStore.OpenElsewhere(s) is null ? string.Empty : " (open in another window)"), SaveLabel.Detail(s))).ToList();
            var pick = await Ui.Choose(new Choice("Resume a match", items, HelpTopic.Resume,
                [Line.Blank.Add("Saved in ", Tone.Dim).Add(context.Saves.Folder)], Math.Min(cursor, items.Count - 1)));
            if (pick is not int chosen)
            {
                return;
            }

            cursor = chosen;
            var saved = saves[chosen];
            if (SaveStore.OpenElsewhere(saved) is { } holder)
            {
                // One match, one writer: the other window keeps playing it; this one may follow along.
                var watch = await Ui.Choose(new Choice(SaveLabel.Of(saved), [
                    new ChoiceItem("Watch it", "Replay what has been played so far, read only; every hand stays hidden while the match is on."),
                    new ChoiceItem("Leave it", "Back to the list; carry it on here once that window has closed."),
                ], HelpTopic.Resume, [Line.Of($"This match is open in another window ({holder.Describe()}); only that window may play it.", Tone.Warn)]));
                if (watch == 0)
                {
                    await ReplayOpener.Open(context, saved);
                }

                continue;
            }

            var what = await Ui.Choose(new Choice(SaveLabel.Of(saved), [
                new ChoiceItem("Carry on this match", "From its last completed move.", saved.Record is null ? "This save cannot be read; it can only be deleted." : null),
                new ChoiceItem("Delete this save", "It cannot be undone."),
                new ChoiceItem("Back to the list"),
            ], HelpTopic.Resume, [Line.Of(SaveLabel.Detail(saved), Tone.Dim)]));
            switch (what)
            {
                case 0:
                    await new MatchRunner(context).Resume(saved);
                    return;
                case 1:
                    if (await Ui.Confirm("Delete a save", $"Delete the save of {SaveLabel.Of(saved)}? It cannot be undone.", HelpTopic.Resume))
                    {
                        context.Saves.Delete(saved.Path);
                    }

                    break;
            }
        }
    }
}
