using System.Text.Json.Nodes;
using Debate.Core.Content;
using Debate.Debrief.Rendering;
using Debate.Debrief.Tests.Builders;
using NUnit.Framework;

namespace Debate.Debrief.Tests.Rendering;

/// <summary>A scripted opponent's reasons, kept in the record, reach the player's moves in every format that lists them.</summary>
public sealed class OpponentReasonTests
{
    private static readonly Scenario Scenario = SampleScenario.Build();

    // Deal seed 7; the reason is written by hand on the first move, as an opponent would give it.
    private static Debrief WithReasonOnFirstMove(string reason)
    {
        var record = Playout.Record(Scenario, Playout.TwoSeats, 7);
        var moves = record.Moves.SetItem(0, record.Moves[0] with { Reason = reason });
        return Debrief.Build(Scenario, record with { Moves = moves }, DebriefOptions.Default);
    }

    [Test]
    public void Reason_IsOnTheMoveAndInMarkdownHtmlAndJson()
    {
        var debrief = WithReasonOnFirstMove("Answers <the> strongest *claim* first.");

        var move = debrief.Players.SelectMany(p => p.Moves).Single(m => m.Number == 1);
        Assert.Multiple(() =>
        {
            Assert.That(move.Reason, Is.EqualTo("Answers <the> strongest *claim* first."));
            Assert.That(Export.Render(debrief, ExportFormat.Markdown), Does.Match(@"- Move 1, [^\n]*: [^\n]+ \*Why: Answers .+ first\.\*\n"));
            Assert.That(Export.Render(debrief, ExportFormat.Html), Does.Contain("<span class=\"why\">Why: Answers &lt;the&gt; strongest *claim* first.</span>"));
            Assert.That(MoveReasons(debrief), Is.EqualTo(new[] { "Answers <the> strongest *claim* first." }));
        });
    }

    // The "reason" fields of the players' moves in the JSON export (the verdict has reasons of its own).
    private static List<string> MoveReasons(Debrief debrief) =>
        [.. JsonNode.Parse(Export.Render(debrief, ExportFormat.Json))!["players"]!.AsArray()
            .SelectMany(p => p!["moves"]!.AsArray())
            .Where(m => m!.AsObject().ContainsKey("reason"))
            .Select(m => (string)m!["reason"]!)];

    [Test]
    public void MovesWithoutReasons_WriteNoReasonField()
    {
        var debrief = Debrief.Build(Scenario, Playout.Record(Scenario, Playout.TwoSeats, 7), DebriefOptions.Default);

        Assert.That(MoveReasons(debrief), Is.Empty);
        Assert.That(Export.Render(debrief, ExportFormat.Markdown), Does.Not.Contain("Why:"));
    }
}
