using Debate.Debrief.Rendering;
using Debate.Debrief.Tests.Builders;
using NUnit.Framework;

namespace Debate.Debrief.Tests.Rendering;

public sealed class TextSafetyTests
{
    [TestCase("plain", "plain")]
    [TestCase("a, b", "\"a, b\"")]
    [TestCase("say \"no\"", "\"say \"\"no\"\"\"")]
    [TestCase("two\nlines", "two␊lines")]
    [TestCase("clip\u001b]52;c;aGk=\u0007", "clip␛]52;c;aGk=␇")]
    [TestCase("a\u202eb", "a<U+202E>b")]
    [TestCase("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [TestCase("+1", "'+1")]
    [TestCase("@cmd", "'@cmd")]
    [TestCase(" padded", "\" padded\"")]
    [TestCase(null, "")]
    public void CsvText_SpecialCharacters_AreQuotedOrDefused(string? value, string expected)
    {
        Assert.That(CsvRenderer.Text(value), Is.EqualTo(expected));
    }

    [TestCase("a | b", "a \\| b")]
    [TestCase("*Both* <b>", "\\*Both\\* \\<b\\>")]
    [TestCase("Trade & sanctions", "Trade & sanctions")]
    [TestCase("&copy;", "\\&copy;")]
    [TestCase("line\nbreak", "line␊break")]
    [TestCase("reset\u001bc\u0007", "reset␛c␇")]
    [TestCase("rtl\u202e", "rtl\\<U+202E\\>")]
    public void MarkdownEscape_Markup_IsEscaped(string text, string expected)
    {
        Assert.That(Markdown.Escape(text), Is.EqualTo(expected));
    }

    [Test]
    public void Html_SampleMatch_IsSelfContainedAndEncodesEveryText()
    {
        var scenario = SampleScenario.Build();
        var seats = new Core.Play.SeatSpec[] { new("<script>alert(1)</script>", Core.Content.Side.Alliance), new("O'Brien & \"Co\"", Core.Content.Side.Partnership) };
        var debrief = Debrief.Build(scenario, Playout.Record(scenario, seats, 9), new DebriefOptions { Sources = SampleSources.Build() });

        var html = Export.Render(debrief, ExportFormat.Html);

        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(html, Does.Not.Contain("O'Brien &"));
        Assert.That(html, Does.Not.Match("(src|href)=\"(https?:)?//"));
        Assert.That(html, Does.Not.Contain("@import").And.Not.Contain("url("));
    }

    // Bogus seed 1404: hostile seat names (escape sequences, controls, bidi and zero-width characters,
    // line breaks) reach no export raw, and each export keeps its shape.
    [Test]
    public void Export_HostileNamesFromSeed1404_ReachNoFormatRaw()
    {
        var scenario = SampleScenario.Build();
        var faker = new Bogus.Faker { Random = new Bogus.Randomizer(1404) };
        string[] payloads = ["\u001b[2J", "\u001bc", "\u001b]52;c;aGk=\u0007", "\u009b31m", "\u202e", "\u2066", "\u200b", "\ufeff", "\r\n", "\n", "\u0000", "\u007f"];
        for (var n = 0; n < 20; n++)
        {
            var seats = new Core.Play.SeatSpec[]
            {
                new(faker.Name.FirstName() + faker.PickRandom(payloads) + faker.Name.LastName(), Core.Content.Side.Alliance),
                new(faker.PickRandom(payloads) + faker.Name.FirstName() + faker.PickRandom(payloads), Core.Content.Side.Partnership),
            };
            var debrief = Debrief.Build(scenario, Playout.Record(scenario, seats, (ulong)(n + 1)), new DebriefOptions { Sources = SampleSources.Build() });

            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                var text = Export.Render(debrief, format);
                var raw = text.Select((c, i) => (c, i)).FirstOrDefault(x => x.c != '\n' && !Core.Text.VisibleText.IsVisibleLine(x.c.ToString()) && !char.IsSurrogate(x.c));

                Assert.That(raw.c, Is.EqualTo('\0'), $"{format}, seats {seats[0].Name.Length}/{seats[1].Name.Length}: U+{(int)raw.c:X4} at {raw.i}");
            }

            var json = System.Text.Json.JsonDocument.Parse(Export.Render(debrief, ExportFormat.Json));
            Assert.That(json.RootElement.GetProperty("players")[0].GetProperty("name").GetString(), Is.EqualTo(seats[0].Name));
            var rows = Export.Render(debrief, ExportFormat.Csv).TrimEnd('\n').Split('\n');
            Assert.That(rows, Has.Length.EqualTo(1 + (2 * DefaultRubric.Criteria.Length)));
        }
    }

    [Test]
    public void Csv_SampleMatch_OneRowPerPlayerPerCriterion()
    {
        var scenario = SampleScenario.Build();
        var debrief = Debrief.Build(scenario, Playout.Record(scenario, Playout.FourSeats, 3), DebriefOptions.Default);

        var lines = Export.Render(debrief, ExportFormat.Csv).TrimEnd('\n').Split('\n');

        Assert.That(lines[0], Is.EqualTo(CsvRenderer.Header));
        Assert.That(lines, Has.Length.EqualTo(1 + (4 * DefaultRubric.Criteria.Length)));
        Assert.That(lines.Skip(1).Select(l => l.Split(',').Length), Is.All.EqualTo(11));
    }

    [TestCase("md", ExportFormat.Markdown)]
    [TestCase("JSON", ExportFormat.Json)]
    [TestCase(" html ", ExportFormat.Html)]
    [TestCase("csv", ExportFormat.Csv)]
    public void TryParse_ShortName_GivesFormat(string name, ExportFormat expected)
    {
        Assert.That(Export.TryParse(name, out var format), Is.True);
        Assert.That(format, Is.EqualTo(expected));
    }

    [Test]
    public void TryParse_UnknownName_Fails()
    {
        Assert.That(Export.TryParse("pdf", out _), Is.False);
    }
}
