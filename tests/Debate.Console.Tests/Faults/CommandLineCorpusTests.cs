using Debate.Console.Tests.Builders;
using Debate.Core.Records;
using NUnit.Framework;
using static Debate.Console.Tests.Faults.InProcess;

namespace Debate.Console.Tests.Faults;

/// <summary>
/// Command lines over every verb and option: good ones exit 0; usage errors exit 2 in one line
/// that names the option and points to --help, never a .NET type name or the whole help; a file
/// that cannot be used exits 1 in one line naming it. No escape character on either stream, and no
/// file that existed before is changed or gone.
/// </summary>
[NonParallelizable]
public sealed class CommandLineCorpusTests
{
    private const string Seats = "--seat|A:alliance:novice|--seat|B:partnership:novice";

    // args ('|'-separated; {save} a good record, {bad} a damaged one, {scenario} the built-in file, {dir} a scratch folder), exit code, what the one line must name.
    private static readonly (string Args, int Code, string? Names)[] Lines =
    [
        ("--version", 0, null),
        ("--help", 0, null),
        ("play|--help", 0, null),
        ($"play|{Seats}|--seed|5", 0, null),
        ("play|--seat|A:alliance:debater|--seat|B:partnership:novice|--seed|5|--save|{dir}/p.json", 0, null),
        ($"play|--scenario|moscow-1950|{Seats}|--seed|2", 0, null),
        ($"play|--scenario|{{scenario}}|{Seats}|--seed|3", 0, null),
        ("replay|{save}|--verify", 0, null),
        ("replay|{save}|--verify|--scenario|{scenario}", 0, null),
        ("export|{save}|--format|md", 0, null),
        ("export|{save}|--format|json", 0, null),
        ("export|{save}|-f|html", 0, null),
        ("export|{save}|--format|csv", 0, null),
        ("export|{save}|-o|{dir}/d.md", 0, null),
        ("export|{save}|--anonymise|--format|md", 0, null),
        ("export|{save}|--anonymize|--scenario|alliance-or-partnership|--format|csv", 0, null),
        ("simulate|--games|3|--seed|1", 0, null),
        ("simulate|--games|2|--seed|1|--json|--threads|1", 0, null),
        ("simulate|--games|2|--seat|A:alliance:debater|--seat|B:partnership:novice|--iterations|10|--scenario|alliance-or-partnership", 0, null),
        ("tournament|--levels|novice,debater|--games|2|--seed|1|--json|--iterations|10", 0, null),
        ("tournament|--levels|novice,debater|--games|2|--scenario|moscow-1950", 0, null),
        ("balance|alliance-or-partnership|--games|2|--levels|novice|--format|json|--seed|4", 0, null),
        ("balance|{scenario}|--games|2|--levels|novice|--format|markdown|--iterations|5", 0, null),
        ("scenario|validate|alliance-or-partnership", 0, null),
        ("scenario|validate|{scenario}|--coverage", 0, null),
        ("scenario|new|{dir}/new-debate", 0, null),
        ("scenario|cards|alliance-or-partnership", 0, null),
        ("scenario|graph|alliance-or-partnership|--format|mermaid|--part|phases", 0, null),
        ("scenario|graph|alliance-or-partnership|--part|attacks", 0, null),
        ("", 2, "interactive terminal"),
        ("frobnicate", 2, "'frobnicate'"),
        ("--bogus", 2, "'--bogus'"),
        ("play|--seed|abc", 2, "--seed takes a whole number from 0 to 18446744073709551615"),
        ("play|--seed|-1", 2, "--seed"),
        ("play|--seed|0x10", 2, "--seed"),
        ("play|--seed|18446744073709551616", 2, "--seed"),
        ("play|--seat", 2, "--seat"),
        ("play|--seat|A:middle|--seat|B:partnership:novice", 2, "--seat"),
        ("play|--seat|A:alliance:bogus|--seat|B:partnership:novice", 2, "bogus"),
        ("play|--seat|A:alliance|--seat|B:partnership:novice", 2, "interactive terminal"),
        ("play|--scenario|", 2, "--scenario"),
        ($"play|--save||{Seats}", 2, "--save"),
        ($"play|{Seats}|--seed|1|extra", 2, "'extra'"),
        ("replay", 2, "FILE"),
        ("replay|", 2, "FILE"),
        ("replay|{save}|--scenario|", 2, "--scenario"),
        ("export", 2, "FILE"),
        ("export|{save}|--format|pdf", 2, "--format takes one of md, json, html, csv"),
        ("export|{save}|-o|", 2, "--output"),
        ("export|{save}|--format", 2, "--format"),
        ("simulate|--games|0", 2, "--games takes a whole number from 1 to 2147483647"),
        ("simulate|--games|-5", 2, "--games"),
        ("simulate|--games|2147483648", 2, "--games"),
        ("simulate|--games|abc", 2, "--games"),
        ("simulate|--threads|0", 2, "--threads"),
        ("simulate|--iterations|0", 2, "--iterations"),
        ("simulate|--seat|A:alliance|--seat|B:partnership:novice", 2, "--seat"),
        ("tournament|--levels|novice", 2, "--levels"),
        ("tournament|--levels|novice,wizard", 2, "--levels"),
        ("tournament|--games|x", 2, "--games"),
        ("balance", 2, "file"),
        ("balance|alliance-or-partnership|--format|pdf", 2, "--format"),
        ("balance|alliance-or-partnership|--levels|", 2, "--levels"),
        ("scenario", 2, "validate, new, cards, graph"),
        ("scenario|new|", 2, "name"),
        ("scenario|new|{dir}", 2, "name"),
        ("scenario|graph|alliance-or-partnership|--format|svg", 2, "--format"),
        ("scenario|graph|alliance-or-partnership|--part|nope", 2, "--part"),
        ("scenario|validate", 2, "files"),
        ("scenario|cards", 2, "file"),
        ("scenario|validate|alliance-or-partnership|--sources|", 2, "--sources"),
        ("replay|{dir}/none.json|--verify", 1, "none.json"),
        ("replay|{dir}|--verify", 1, "it is a folder"),
        ("replay|/dev/zero|--verify", 1, "/dev/zero"),
        ("export|{bad}", 1, "bad.json"),
        ("export|{save}|-o|{save}", 1, "also this command's input"),
        ($"play|--scenario|{{dir}}/none.yaml|{Seats}", 1, "none.yaml"),
        ($"play|--scenario|{{dir}}|{Seats}", 1, "it is a folder"),
        ($"play|{Seats}|--save|{{dir}}", 1, "it is a folder"),
        ($"play|{Seats}|--save|{{dir}}/no/such/p.json", 1, "its folder does not exist"),
        ("scenario|new|{dir}/no/such/x", 1, "its folder does not exist"),
        // The validator lists problems on standard output, as compilers do, each naming file:line:column.
        ("scenario|validate|/dev/zero", 1, "stdout:/dev/zero:1:1: error: it is empty, or it is a device"),
    ];

    private string dir = "";

    public static int Count => Lines.Length;

    [SetUp]
    public void MakeFolder() => dir = Directory.CreateTempSubdirectory("debate-cli-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(dir, recursive: true);

    [Test]
    public void Corpus_EveryLineAnswersWithItsCodeInOneLine()
    {
        var save = Path.Combine(dir, "save.json");
        File.WriteAllText(save, RecordJson.Write(FaultRecords.Played(7)));
        var bad = Path.Combine(dir, "bad.json");
        File.WriteAllText(bad, "{\"format_version\": 2, \"scenario\": ");
        var scenario = Path.Combine(Cli.RepoRoot, "scenarios", "alliance-or-partnership.yaml");
        var verbs = new HashSet<string>();
        foreach (var (line, code, names) in Lines)
        {
            var args = line.Length == 0 ? [] : line.Replace("{save}", save).Replace("{bad}", bad).Replace("{scenario}", scenario).Replace("{dir}", dir).Split('|');
            verbs.Add(args.FirstOrDefault() ?? "(none)");
            var before = Snapshot(dir);

            var run = Run(args);

            AssertNoRawCharacters(line + " stdout", run.Out);
            AssertNoRawCharacters(line + " stderr", run.Err);
            Assert.That(run.Code, Is.EqualTo(code), () => $"debate {line}: {run.Err}");
            if (names?.StartsWith("stdout:", StringComparison.Ordinal) == true)
            {
                Assert.That(run.Out, Does.Contain(names["stdout:".Length..]), line);
                Assert.That(run.Err, Is.Empty, line);
            }
            else if (code != 0)
            {
                AssertOneLineNaming("debate " + line, run, code, names!);
                Assert.That(run.Err, Does.Not.Contain("System.").And.Not.Contain("Usage:"), line);
                if (code == 2 && !names!.Contains("interactive", StringComparison.Ordinal))
                {
                    Assert.That(run.Err, Does.Contain("--help"), line);
                }
            }

            AssertUnchanged("debate " + line, before);
            AssertNoTempFiles(line, dir);
        }

        TestContext.Out.WriteLine($"command-line corpus: {Lines.Length} lines, {Lines.Count(l => l.Code == 0)} good, {Lines.Count(l => l.Code == 2)} usage errors, {Lines.Count(l => l.Code == 1)} file problems");
        Assert.That(verbs, Is.SupersetOf(new[] { "play", "replay", "export", "simulate", "tournament", "balance", "scenario" }));
        Assert.That(Lines, Has.Length.GreaterThanOrEqualTo(60));
    }
}
