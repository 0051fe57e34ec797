using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Robustness;

/// <summary>
/// The loader's promise on hostile input: over a generated corpus of malformed files it never throws
/// anything but its own error type, never reports a bug of its own, and finishes every file. The
/// per-file bound only catches a load that hangs; how fast files load is for the benchmarks.
/// </summary>
[TestFixture]
public sealed class MalformedCorpusTests
{
    /// <summary>
    /// The Bogus seed of the corpus: kind number k (from 0, in <see cref="MalformedCorpus.Kinds"/>) is
    /// generated from CorpusSeed + k (not from the kind's string hash, which .NET randomises per process).
    /// A failure names the kind, its seed and the sample index to replay.
    /// </summary>
    private const int CorpusSeed = 20_261_123;

    private const int FilesPerKind = 125;

    /// <summary>A liveness guard, not a speed target: a single file that takes this long is taken to hang.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(10);

    public static IEnumerable<TestCaseData> Kinds() =>
        MalformedCorpus.Kinds.Select((k, i) => new TestCaseData(k, CorpusSeed + i).SetName($"Load_MalformedCorpus_{k}_NeverThrowsNorHangs"));

    [TestCaseSource(nameof(Kinds))]
    public void Load_MalformedFiles_ReturnDiagnosticsAndNeverHang(string kind, int seed)
    {
        var corpus = new MalformedCorpus(Fixture.ValidText, seed);
        var options = Fixture.Options(sources: true);
        var failures = new List<string>();

        for (var i = 0; i < FilesPerKind; i++)
        {
            var bytes = corpus.Next(kind);
            var load = Task.Run(() => Survive(bytes, options));
            if (!load.Wait(HangBound))
            {
                Assert.Fail($"{kind} #{i} (seed {seed}): the loader never finished (gave up after {HangBound.TotalSeconds} s)");
            }

            if (load.Result is { } failure)
            {
                failures.Add($"{kind} #{i} (seed {seed}): {failure}");
            }
        }

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
