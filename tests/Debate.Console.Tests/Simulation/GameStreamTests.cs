using System.Collections.Concurrent;
using Debate.Console.Simulation;
using NUnit.Framework;

namespace Debate.Console.Tests.Simulation;

/// <summary>
/// The stream behind simulate, tournament and balance: every game folded once, in game order, with
/// at most a window of results waiting, whatever the number of threads; a failure stops it.
/// </summary>
public sealed class GameStreamTests
{
    [TestCase(1, 1)]
    [TestCase(2, 3)]
    [TestCase(4, 16)]
    [TestCase(8, 4096)]
    public void Run_FoldsEveryGameOnceInOrder_WithAtMostAWindowWaiting(int threads, int window)
    {
        const int Count = 5000;
        var folded = new List<long>();
        // Uneven game lengths (seed 1414), so later games often finish before earlier ones.
        var delays = Enumerable.Range(0, Count).Select(i => new Random(1414 + i).Next(0, 200)).ToArray();

        var run = GameStream.Run(
            Count,
            i =>
            {
                Thread.SpinWait(delays[i] * 50);
                return i * 3;
            },
            (i, result) =>
            {
                Assert.That(result, Is.EqualTo(i * 3));
                folded.Add(i);
            },
            threads,
            window: window);

        Assert.That(folded, Is.EqualTo(Enumerable.Range(0, Count).Select(i => (long)i)));
        Assert.That(run.Games, Is.EqualTo(Count));
        Assert.That(run.MostHeld, Is.InRange(1, window));
    }

    [Test]
    public void Run_WhenAWindowIsFull_StartsNoGameBeyondIt()
    {
        const int Window = 8;
        var started = new ConcurrentBag<(long Game, long FoldedThen)>();
        long folded = 0;

        GameStream.Run(
            400,
            i =>
            {
                started.Add((i, Interlocked.Read(ref folded)));
                // Game 0 is slow: the others must wait for it rather than pile up behind it.
                Thread.Sleep(i == 0 ? 50 : 0);
                return i;
            },
            (_, _) => Interlocked.Increment(ref folded),
            maxThreads: 4,
            window: Window);

        Assert.That(started, Has.Count.EqualTo(400));
        Assert.That(started.Where(s => s.Game >= s.FoldedThen + Window), Is.Empty, "a game started while the window was full");
    }

    [Test]
    public void Run_WhenAGameFails_StopsAndRethrowsThatFailure()
    {
        var folded = 0L;
        var played = 0L;

        var thrown = Assert.Throws<InvalidOperationException>(() => GameStream.Run(
            1_000_000,
            i =>
            {
                Interlocked.Increment(ref played);
                return i == 100 ? throw new InvalidOperationException("game 100 went wrong") : i;
            },
            (_, _) => folded++,
            maxThreads: 2,
            window: 16));

        Assert.That(thrown!.Message, Is.EqualTo("game 100 went wrong"));
        Assert.That(folded, Is.LessThanOrEqualTo(100), "a game after the failed one was folded");
        Assert.That(played, Is.LessThan(1000), "the stream went on after the failure");
    }

    [Test]
    public void Run_WhenTheFoldFails_StopsAndRethrowsThatFailure()
    {
        var thrown = Assert.Throws<ArgumentException>(() => GameStream.Run(
            10_000, i => i, (i, _) => _ = i == 7 ? throw new ArgumentException("fold refused game 7") : 0, maxThreads: 2, window: 4));

        Assert.That(thrown!.Message, Is.EqualTo("fold refused game 7"));
    }

    [Test]
    public void Run_WithNoGames_FoldsNothing()
    {
        var run = GameStream.Run<long>(0, i => i, (_, _) => Assert.Fail("folded a game that does not exist"));

        Assert.That(run, Is.EqualTo(new StreamRun(0, 0)));
    }

    [Test]
    public void Run_WhenCancelled_StopsAndSaysSo()
    {
        using var cancel = new CancellationTokenSource();
        long played = 0;

        Assert.That(
            () => GameStream.Run(
                long.MaxValue,
                i =>
                {
                    if (Interlocked.Increment(ref played) == 50)
                    {
                        cancel.Cancel();
                    }

                    return i;
                },
                (_, _) => { },
                maxThreads: 2,
                cancellation: cancel.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(played, Is.LessThan(10_000));
    }
}
