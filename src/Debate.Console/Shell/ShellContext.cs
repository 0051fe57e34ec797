using Debate.Console.Saves;
using Debate.Console.Shell.Setup;
using Debate.Console.Shell.Ui;

namespace Debate.Console.Shell;

/// <summary>What every part of the shell works with: the person at the keyboard, the scenarios, the saves, the settings.</summary>
internal sealed record ShellContext(IShellUi Ui, ScenarioCatalog Catalog, SaveStore Saves, ShellSettings Settings)
{
    /// <summary>Where "save the debrief" writes by default.</summary>
    public string DebriefFolder { get; init; } = Directory.GetCurrentDirectory();
}
