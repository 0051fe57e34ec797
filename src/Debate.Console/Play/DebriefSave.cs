using Debate.Console.Debriefs;
using Debate.Console.Files;
using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Debrief;
using Debate.Debrief.Rendering;
using DebriefModel = Debate.Debrief.Debrief;
using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>Saves a finished match's debrief from the verdict screen, in the format the room needs.</summary>
internal static class DebriefSave
{
    private static readonly ExportFormat[] Formats = [ExportFormat.Markdown, ExportFormat.Html, ExportFormat.Json, ExportFormat.Csv];

    public static async Task<Line?> Offer(ShellContext context, Scenario scenario, MatchRecord record, string savePath)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ui = context.Ui;
        var pick = await ui.Choose(new Choice("Save the debrief", [
            new ChoiceItem("Markdown (.md)", "For notes and a course page: verdict, flow, transcript with citations, sources, players, questions."),
            new ChoiceItem("HTML (.html)", "One self-contained page to project in class."),
            new ChoiceItem("JSON (.json)", "The same debrief for other tools."),
            new ChoiceItem("CSV (.csv)", "The rubric: one row per player per criterion, for a gradebook."),
        ], HelpTopic.Verdict));
        if (pick is null)
        {
            return null;
        }

        var format = Formats[pick.Value];
        var name = $"debrief-{Path.GetFileNameWithoutExtension(savePath)}.{Export.Extension(format)}";
        var path = await ui.Ask(new Question("Save the debrief", "Save to:", HelpTopic.Verdict, Path.Combine(context.DebriefFolder, name)));
        if (path is null)
        {
            return null;
        }

        var (debrief, problem) = DebriefModel.TryBuild(scenario, record, new DebriefOptions { Sources = DebriefSources.For(null) });
        if (debrief is null)
        {
            return Line.Of($"The debrief cannot be built: {problem}", Tone.Bad);
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            AtomicFile.Write(path, Export.Render(debrief, format));
            return Line.Blank.Add("Debrief saved: ", Tone.Good).Add(Path.GetFullPath(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Line.Of(ex is FileProblem ? ex.Message : $"Cannot write {path}: {ex.Message}", Tone.Bad);
        }
    }
}
