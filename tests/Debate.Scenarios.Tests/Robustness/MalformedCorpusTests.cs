using System.Diagnostics;
using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Robustness;

/// <summary>
/// The loader's promise on hostile input: over a generated corpus of malformed files it never throws
/// anything but its own error type, never reports a bug of its own, and finishes every file in time.
/// </summary>
[TestFixture]
public sealed class MalformedCorpusTests
{
    /// <summary>The Bogus seed of the corpus; a failure names the kind and the sample index to replay.</summary>
    private const int CorpusSeed = 20_261_123;

    private const int FilesPerKind = 125;

    private static readonly TimeSpan PerFileBound = TimeSpan.FromSeconds(10);

    public static IEnumerable<TestCaseData> Kinds() =>
        MalformedCorpus.Kinds.Select(k => new TestCaseData(k).SetName($"Load_MalformedCorpus_{k}_NeverThrowsNorHangs"));

    [TestCaseSource(nameof(Kinds))]
    public void Load_MalformedFiles_ReturnDiagnosticsWithinTheBound(string kind)
    {
        var corpus = new MalformedCorpus(Fixture.ValidText, CorpusSeed + kind.GetHashCode(StringComparison.Ordinal) % 1000);
        var options = Fixture.Options(sources: true);
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;

        for (var i = 0; i < FilesPerKind; i++)
        {
            var bytes = corpus.Next(kind);
            var clock = Stopwatch.StartNew();
            var load = Task.Run(() => Survive(bytes, options));
            if (!load.Wait(PerFileBound))
            {
                Assert.Fail($"{kind} #{i} (seed {CorpusSeed}): the loader did not finish within {PerFileBound.TotalSeconds} s");
            }

            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            if (load.Result is { } failure)
            {
                failures.Add($"{kind} #{i}: {failure}");
            }
        }

        TestContext.Out.WriteLine($"{kind}: {FilesPerKind} files, slowest {slowest.TotalMilliseconds:0} ms");
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void MalformedCorpus_HasAtLeastAThousandFiles() =>
        Assert.That(MalformedCorpus.Kinds.Count * FilesPerKind, Is.GreaterThanOrEqualTo(1000));

    /// <summary>Null when the loader kept its promise on <paramref name="bytes"/>; else what went wrong.</summary>
    private static string? Survive(byte[] bytes, LoadOptions options)
    {
        try
        {
            var result = ScenarioLoader.LoadBytes(bytes, "corpus.yaml", options);
            if (result.Diagnostics.FirstOrDefault(d => d.Message.Contains("bug in the loader", StringComparison.Ordinal)) is { } bug)
            {
                return bug.Message;
            }

            if (result.Diagnostics.Any(d => d.Line < 1 || d.Column < 1 || d.Message.Length == 0))
            {
                return "a diagnostic without a position or message";
            }

            try
            {
                result.OrThrow();
            }
            catch (ScenarioException)
            {
                // The one exception the loader may throw, and only from OrThrow.
            }

            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"threw {ex.GetType().Name}: {ex.Message}";
        }
    }
}
