using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>
/// Turns a pick from a list of scenarios into a source: a listed scenario, or, for the last entry
/// ("type its path"), a path the player types, checked to exist. Null when the player backs out.
/// </summary>
internal static class ScenarioChoice
{
    public static async Task<string?> Source(IShellUi ui, IReadOnlyList<ScenarioOption> options, int pick, string title, string prompt)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(options);
        if (pick < options.Count)
        {
            return options[pick].Source;
        }

        var path = await ui.Ask(new Question(title, prompt, HelpTopic.Setup, Validate: p => File.Exists(p) ? null : $"There is no file at {p}."));
        return path is null ? null : Path.GetFullPath(path);
    }
}
