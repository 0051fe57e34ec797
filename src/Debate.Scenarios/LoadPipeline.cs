using Debate.Core.Content;
using Debate.Scenarios.Digests;
using Debate.Scenarios.Mapping;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Text;
using Debate.Scenarios.Validation;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios;

/// <summary>
/// The stages of a load, in order: size, encoding and control characters; YAML into nodes; nodes
/// into data-transfer records; the cross-checks; then, only when nothing is wrong, the Core records.
/// </summary>
internal static class LoadPipeline
{
    public static LoadResult Run(byte[] bytes, string path, LoadOptions options, Findings findings) =>
        Guarded(path, findings, () =>
            ScenarioText.TooLarge(bytes.LongLength, options.MaxBytes, findings) || ScenarioText.Decode(bytes, findings) is not { } text
                ? Failed(path, findings)
                : Parse(text, path, options, findings));

    public static LoadResult Run(string text, string path, LoadOptions options, Findings findings) =>
        Guarded(path, findings, () =>
            ScenarioText.TooLarge(text.Length > options.MaxBytes ? text.Length : System.Text.Encoding.UTF8.GetByteCount(text), options.MaxBytes, findings)
                ? Failed(path, findings)
                : Parse(text, path, options, findings));

    private static LoadResult Parse(string text, string path, LoadOptions options, Findings findings)
    {
        if (ScenarioText.Clean(text, findings) is not { } clean)
        {
            return Failed(path, findings);
        }

        var dto = ScenarioReader.Read(SyntaxRecovery.Read(clean, findings), findings);
        if (dto is null)
        {
            return Failed(path, findings);
        }

        var digests = options.SeedsDirectory is { } seeds ? DigestLibrary.FromDirectory(seeds) : DigestLibrary.BuiltIn;
        foreach (var problem in digests.Diagnostics)
        {
            findings.Add(problem);
        }

        var catalog = Catalog.Of(dto, findings);
        ReferenceRules.Check(dto, catalog);
        TargetRules.Check(dto, catalog);
        AudienceRules.Check(dto, findings);
        FormatRules.Check(dto, catalog);
        CitationRules.Check(dto, digests, findings);
        if (options.SourcesDirectory is { } sources)
        {
            AnchorRules.Check(Citing.All(dto), digests, sources, findings);
        }

        var coverage = digests.CoverageOf(Citing.All(dto).Select(c => new Citation(c.Cite.Value.Document, c.Cite.Value.Paragraph)));
        var scenario = findings.HasErrors ? null : ScenarioMapper.Map(dto);
        return new LoadResult(scenario, findings.ToImmutable()) { Coverage = coverage, Path = path };
    }

    /// <summary>
    /// The last line of defence of the loader's promise: whatever happens inside, the caller gets
    /// diagnostics, never an exception. Reaching the catch is a bug in the loader, reported as such.
    /// </summary>
    private static LoadResult Guarded(string path, Findings findings, Func<LoadResult> load)
    {
        try
        {
            return load();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            findings.Error(Mark.FileStart, $"the loader failed on this file ({ex.GetType().Name}: {ex.Message}); this is a bug in the loader", "please report it with the file attached");
            return Failed(path, findings);
        }
    }

    private static LoadResult Failed(string path, Findings findings) => new(null, findings.ToImmutable()) { Path = path };
}
