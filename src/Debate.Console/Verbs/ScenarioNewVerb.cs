using System.CommandLine;
using Debate.Console.Files;
using Debate.Core.Text;
using Debate.Scenarios.Authoring;

namespace Debate.Console.Verbs;

/// <summary>`debate scenario new NAME`: writes NAME.yaml, a small commented scenario that validates, to start from.</summary>
internal static class ScenarioNewVerb
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The new file's name (.yaml is added when missing)." }.Takes("the new scenario file's name, such as my-debate");
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("new", "Write a commented template scenario that validates, to start a new debate from.") { name, force };
        command.SetAction(parse => Run(parse.GetValue(name)!, parse.GetValue(force), System.Console.Out, System.Console.Error));
        return command;
    }

    public static int Run(string name, bool force, TextWriter output, TextWriter error)
    {
        var path = name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ? name : name + ".yaml";
        if (string.IsNullOrWhiteSpace(Path.GetFileNameWithoutExtension(path)) || name.EndsWith('/') || Directory.Exists(name))
        {
            throw new UsageException(Usage.Line("debate scenario new", $"name takes the new scenario file's name, such as my-debate, not '{VisibleText.Line(name)}'"));
        }

        var full = Path.GetFullPath(path);
        var id = ScenarioTemplate.IdFor(Path.GetFileNameWithoutExtension(full));
        var folder = Path.GetDirectoryName(full)!;
        AtomicFile.Write(path, ScenarioTemplate.For(id, Directory.Exists(folder) ? SchemaPath(folder) : "./scenario.schema.json"), overwrite: force);
        output.WriteLine(VisibleText.Line($"wrote {path} (scenario id '{id}'); check it with: debate scenario validate {path}"));
        return 0;
    }

    /// <summary>The schema relative to the new file: the nearest scenarios/scenario.schema.json at or above its folder.</summary>
    private static string SchemaPath(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "scenario.schema.json"), Path.Combine(dir.FullName, "scenarios", "scenario.schema.json") })
            {
                if (File.Exists(candidate))
                {
                    var relative = Path.GetRelativePath(folder, candidate).Replace('\\', '/');
                    return relative.StartsWith('.') ? relative : "./" + relative;
                }
            }
        }

        return "./scenario.schema.json";
    }
}
