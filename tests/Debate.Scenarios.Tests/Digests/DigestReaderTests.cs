using Debate.Scenarios.Digests;
using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Digests;

[TestFixture]
public sealed class DigestReaderTests
{
    private const string Header = "# doc-x: A title\nsource-file: x.txt\nauthor: A\noutlet: O\ndate: 2020\nparagraphs: 3\n\n## Paragraphs\n";

    [Test]
    public void Read_FixtureDigest_GivesItsHeaderParagraphsAndKinds()
    {
        var path = Path.Combine(Fixture.Seeds, "doc-a.md");

        var result = DigestReader.Read(File.ReadAllText(path), path);

        Assert.That(result.Diagnostics, Is.Empty);
        var digest = result.Digest!;
        Assert.That((digest.Id, digest.Title, digest.SourceFile, digest.Paragraphs.Length), Is.EqualTo(("doc-a", "A small invented article", "doc-a.txt", 8)));
        Assert.That(digest.Paragraph(5), Is.EqualTo(new DigestParagraph(5, ParagraphKind.Argument, "Others feared being dragged into quarrels.")));
        Assert.That(digest.Arguments, Is.EqualTo(new[] { 3, 4, 5, 7 }));
        Assert.That(digest.Paragraph(9), Is.Null);
    }

    [Test]
    public void Read_MissingParagraphLine_IsReported()
    {
        var result = DigestReader.Read(Header + "¶1 [furniture] h\n¶3 [argument] a\n", "doc-x.md");

        Assert.That(result.Digest, Is.Null);
        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo("the digest has no line for ¶2"));
    }

    [Test]
    public void Read_MalformedParagraphLine_IsReportedAtItsLine()
    {
        var result = DigestReader.Read(Header + "¶1 [furniture] h\n¶2 [opinion] a\n¶3 [argument] b\n", "doc-x.md");

        var problem = result.Diagnostics.Single(d => d.Message.StartsWith("a paragraph line is '¶N [argument|context|furniture] summary'", StringComparison.Ordinal));
        Assert.That((problem.Path, problem.Line), Is.EqualTo(("doc-x.md", 10)));
        Assert.That(result.Diagnostics.Select(d => d.Message), Does.Contain("the digest has no line for ¶2"));
    }

    [Test]
    public void Read_FileNamedOtherThanItsId_IsReported()
    {
        var result = DigestReader.Read(Header + "¶1 [furniture] h\n¶2 [context] a\n¶3 [argument] b\n", "seeds/doc-y.md");

        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo("the digest of 'doc-x' must be named doc-x.md"));
    }

    [TestCase("/etc/passwd")]
    [TestCase("../secret.txt")]
    [TestCase("sub/x.txt")]
    [TestCase("..")]
    [TestCase("C:\\x.txt")]
    public void Read_SourceFileThatIsAPath_IsRefusedSoNothingOutsideTheSourcesFolderIsRead(string source)
    {
        var result = DigestReader.Read(Header.Replace("source-file: x.txt", "source-file: " + source, StringComparison.Ordinal) + "¶1 [furniture] h\n¶2 [context] a\n¶3 [argument] b\n", "doc-x.md");

        Assert.That(result.Digest, Is.Null);
        var problem = result.Diagnostics.Single(d => d.Message.StartsWith("source-file must be a file name inside the sources folder", StringComparison.Ordinal));
        Assert.That(problem.Line, Is.EqualTo(2));
    }

    [Test]
    public void BuiltIn_HoldsTheRepositoryDigestsWithoutProblems()
    {
        var library = DigestLibrary.BuiltIn;

        Assert.That(library.Diagnostics, Is.Empty);
        Assert.That(library.Documents.Keys, Is.SupersetOf(new[] { "dai-2018", "zhao-2021" }));
    }

    [Test]
    public void RepositoryDigests_NumberTheirSourcesAsTheSourcesSplit()
    {
        if (Fixture.SharedSources is not { } sources)
        {
            Assert.Ignore("The source articles (../shared/seeds) are not on this machine.");
            return;
        }

        var library = DigestLibrary.FromDirectory(Path.Combine(Fixture.RepoRoot, "seeds"));

        Assert.That(library.Diagnostics, Is.Empty);
        foreach (var digest in library.Documents.Values)
        {
            var text = File.ReadAllText(Path.Combine(sources, digest.SourceFile));
            Assert.That(SourceParagraphs.Split(text), Has.Length.EqualTo(digest.Paragraphs.Length), digest.Id);
        }
    }

    [Test]
    public void CoverageOf_CountsCitedArgumentParagraphsPerDocument()
    {
        var text = Fixture.With("    cite: doc-a ¶7\n", "    cite: doc-a ¶3\n");

        var coverage = Fixture.Load(text).Coverage.Single();

        Assert.That(coverage, Is.EqualTo(new DocumentCoverage("doc-a", 3, 4, [7])).Using<DocumentCoverage>((a, b) => a.Document == b.Document && a.Cited == b.Cited && a.Arguments == b.Arguments && a.Uncited.SequenceEqual(b.Uncited)));
        Assert.That(coverage.Ratio, Is.EqualTo(0.75));
        Assert.That(coverage.ToString(), Is.EqualTo("doc-a: 3/4 argument paragraphs cited (75%)"));
    }
}
