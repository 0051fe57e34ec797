using Debate.Console.Saves;

namespace Debate.Console.Play;

/// <summary>What every part of the shell works with: the person at the keyboard, the scenarios, the saves, the settings.</summary>
internal sealed class ShellContext(IShellUi ui, ScenarioCatalog catalog, SaveStore saves, ShellSettings settings)
{
    public IShellUi Ui { get; } = ui;

    public ScenarioCatalog Catalog { get; } = catalog;

    public SaveStore Saves { get; } = saves;

    /// <summary>The settings now; Settings changes them for the rest of the session.</summary>
    public ShellSettings Settings { get; set; } = settings;

    /// <summary>Where "save the debrief" writes by default: under the save folder, not wherever the program was started.</summary>
    public string DebriefFolder => Path.Combine(Saves.Folder, "debriefs");
}
