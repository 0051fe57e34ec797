using System.Text.RegularExpressions;
using Debate.Debrief.Rendering;
using Debate.Debrief.Tests.Builders;
using NUnit.Framework;

namespace Debate.Debrief.Tests;

public sealed class AnonymityTests
{
    [TestCase(42UL)]
    [TestCase(7UL)]
    [TestCase(1234567UL)]
    public void AnonymisedExport_AnyFormat_ContainsNoPlayerName(ulong seed)
    {
        var scenario = SampleScenario.Build();
        var record = Playout.Record(scenario, Playout.FourSeats, seed);
        var options = new DebriefOptions { Anonymise = true, Sources = SampleSources.Build() };

        var debrief = Debrief.Build(scenario, record, options);

        var words = Playout.FourSeats.SelectMany(s => s.Name.Split(' ')).ToList();
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var text = Export.Render(debrief, format);
            foreach (var word in words)
            {
                Assert.That(Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase), Is.False, $"{format} export names {word}");
            }
        }
    }

    [Test]
    public void CodeNames_SameRecord_AreStableDistinctAndUsedEverywhere()
    {
        var scenario = SampleScenario.Build();
        var record = Playout.Record(scenario, Playout.FourSeats, 42);
        var options = new DebriefOptions { Anonymise = true };

        var first = Debrief.Build(scenario, record, options);
        var second = Debrief.Build(scenario, record, options);

        var names = first.Players.Select(p => p.Name).ToList();
        Assert.That(names, Is.EqualTo(second.Players.Select(p => p.Name)));
        Assert.That(names, Is.Unique);
        Assert.That(first.Match.Anonymised, Is.True);
        foreach (var a in first.Arguments)
        {
            Assert.That(a.Speaker, Is.EqualTo(names[a.Seat]));
        }

        foreach (var t in first.Transcript.Where(t => t.Seat is not null))
        {
            Assert.That(t.Sentence, Does.StartWith(names[t.Seat!.Value] + " ("));
        }
    }

    [Test]
    public void CodeNames_DifferentSeeds_Differ()
    {
        var scenario = SampleScenario.Build();
        var options = new DebriefOptions { Anonymise = true };

        var a = Debrief.Build(scenario, Playout.Record(scenario, Playout.TwoSeats, 1), options).Players.Select(p => p.Name);
        var b = Debrief.Build(scenario, Playout.Record(scenario, Playout.TwoSeats, 2), options).Players.Select(p => p.Name);

        Assert.That(a, Is.Not.EqualTo(b));
    }
}
