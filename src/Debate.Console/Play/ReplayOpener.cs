using Debate.Console.Saves;
using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>Finds a saved match's scenario, unrolls the record and hands it to the replay viewer, or says what is wrong.</summary>
internal static class ReplayOpener
{
    public static async Task Open(ShellContext context, SavedMatch saved)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(saved);
        var ui = context.Ui;
        if (saved.Record is not { } record)
        {
            await ui.Show(Problem($"{saved.Path}: {saved.Error}"));
            return;
        }

        var (load, _) = context.Catalog.ForRecord(record, saved.Source);
        if (load?.Scenario is not { } scenario)
        {
            await ui.Show(Problem($"The match was played on scenario '{record.Scenario}', which is neither built in nor in scenarios/ here."));
            return;
        }

        var tape = ReplayTape.Build(scenario, record, $"Replay: {SaveLabel.Of(saved)}", out var error);
        if (tape is null)
        {
            await ui.Show(Problem(error ?? "The record cannot be replayed."));
            return;
        }

        await ui.Replay(tape);
    }

    private static Page Problem(string text) => new("Cannot replay this match", [Line.Of(text, Tone.Bad)], HelpTopic.Reading);
}
