using System.Runtime.ExceptionServices;

namespace Debate.Console.Simulation;

/// <summary>
/// Plays a numbered stream of games on several threads and hands each result to one fold, in game
/// order, as soon as every earlier game has been handed over. A thread does not start game i until
/// game i - <see cref="Window"/> has been folded, so at most <see cref="Window"/> results wait at any
/// time: memory stays flat at any count (a batch of 2,147,483,647 games holds what one of 1,000 does),
/// and a fold whose answer depends on order (a floating-point sum) gives the same answer for any
/// number of threads.
/// </summary>
internal static class GameStream
{
    /// <summary>
    /// Results that may wait for an earlier, slower game before they are folded: enough that a thread
    /// rarely stops for a long game elsewhere (a champion game takes as long as thousands of novice
    /// games), small enough not to matter (a result keeps its final match, a few kilobytes).
    /// </summary>
    public const int Window = 4096;

    /// <summary>
    /// Plays games 0 to <paramref name="count"/> - 1 with <paramref name="play"/> on up to
    /// <paramref name="maxThreads"/> threads (-1: one per core) and calls <paramref name="fold"/> with
    /// each game's number and result, one call at a time, in game order. <paramref name="progress"/> is
    /// told the number of games finished so far, from any thread. The first failure of a game or of
    /// the fold stops the stream and is rethrown as it is.
    /// </summary>
    public static StreamRun Run<T>(
        long count,
        Func<long, T> play,
        Action<long, T> fold,
        int maxThreads = -1,
        Action<long>? progress = null,
        int window = Window,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(play);
        ArgumentNullException.ThrowIfNull(fold);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var state = new State<T>(count, play, fold, progress, window, cancellation);
        var threads = (int)Math.Clamp(count, 1, maxThreads > 0 ? maxThreads : Environment.ProcessorCount);
        using (cancellation.Register(state.Stop))
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => state.Work());
        }

        state.Failure?.Throw();
        cancellation.ThrowIfCancellationRequested();
        return new StreamRun(state.Folded, state.MostHeld);
    }

    /// <summary>The stream's shared state: the next game to start, the next to fold and the results in between.</summary>
    private sealed class State<T>(long count, Func<long, T> play, Action<long, T> fold, Action<long>? progress, int window, CancellationToken cancellation)
    {
        // A monitor, not System.Threading.Lock: the threads wait on it for room in the window.
        private readonly object gate = new();
        private readonly T[] waiting = new T[window];
        private readonly bool[] ready = new bool[window];
        private long started;
        private long finished;
        private int held;
        private bool stopped;

        public long Folded { get; private set; }

        public int MostHeld { get; private set; }

        public ExceptionDispatchInfo? Failure { get; private set; }

        public void Stop()
        {
            lock (gate)
            {
                stopped = true;
                Monitor.PulseAll(gate);
            }
        }

        public void Work()
        {
            while (Next() is long game)
            {
                try
                {
                    var result = play(game);
                    Deliver(game, result);
                    progress?.Invoke(Interlocked.Increment(ref finished));
                }
                catch (Exception ex)
                {
                    lock (gate)
                    {
                        Failure ??= ExceptionDispatchInfo.Capture(ex);
                        stopped = true;
                        Monitor.PulseAll(gate);
                    }

                    return;
                }
            }
        }

        /// <summary>The next game to play, once the window has room for it; null when the stream is done or stopped.</summary>
        private long? Next()
        {
            lock (gate)
            {
                while (!stopped && started < count && started >= Folded + window)
                {
                    Monitor.Wait(gate);
                }

                if (stopped || started >= count || cancellation.IsCancellationRequested)
                {
                    return null;
                }

                return started++;
            }
        }

        /// <summary>Puts a result in its place and folds every result that is now next in order.</summary>
        private void Deliver(long game, T result)
        {
            lock (gate)
            {
                var slot = (int)(game % window);
                waiting[slot] = result;
                ready[slot] = true;
                MostHeld = Math.Max(MostHeld, ++held);
                while (!stopped && ready[slot = (int)(Folded % window)])
                {
                    var next = waiting[slot];
                    waiting[slot] = default!;
                    ready[slot] = false;
                    held--;
                    fold(Folded, next);
                    Folded++;
                }

                Monitor.PulseAll(gate);
            }
        }
    }
}
