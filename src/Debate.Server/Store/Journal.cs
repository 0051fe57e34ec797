using System.Collections.Concurrent;
using Debate.Server.Hosting;
using Microsoft.Data.Sqlite;

namespace Debate.Server.Store;

/// <summary>
/// The database's one writer. Callers hand it a change and await its commit; changes that arrive
/// while a commit is under way go into the next transaction together (group commit), so two hundred
/// rooms cost a few fsyncs a second rather than two hundred, and still nothing is acknowledged
/// before it is on disk. A change that fails is retried alone, so one bad write cannot sink others.
/// </summary>
/// <remarks>
/// The writer is a thread of its own, not a thread-pool task: a commit blocks in fsync for
/// milliseconds, and on a two-core machine a pool thread blocked there is half the pool, while the
/// writer's next turn would wait in the pool's queue behind every screen being sent. Measured under
/// load (200 rooms), the queue and not the disk was most of a move's commit time.
/// </remarks>
internal sealed class Journal : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly SqliteConnection db;
    private readonly BlockingCollection<Pending> queue = [];
    private readonly Thread writer;

    public Journal(SqliteConnection db)
    {
        this.db = db;
        writer = new Thread(WriteLoop) { IsBackground = true, Name = "debate journal" };
        writer.Start();
    }

    /// <summary>Commits calls so far, for the figures: how many transactions the writes took.</summary>
    public long Commits { get; private set; }

    /// <summary>Runs <paramref name="change"/> in a transaction and completes once it is committed to disk.</summary>
    public Task Commit(Action<SqliteConnection, SqliteTransaction> change)
    {
        var pending = new Pending(change, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            return queue.TryAdd(pending) ? pending.Done.Task : Disposed();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
        {
            return Disposed(); // the server is stopping: refused, never dropped quietly
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.CompleteAdding();
        await Task.Run(writer.Join).ConfigureAwait(false);
        queue.Dispose();
        await db.DisposeAsync().ConfigureAwait(false);
    }

    private static Task Disposed() => Task.FromException(new ObjectDisposedException(nameof(Journal)));

    private void WriteLoop()
    {
        var batch = new List<Pending>(MaxBatch);
        while (queue.TryTake(out var first, Timeout.Infinite))
        {
            batch.Clear();
            batch.Add(first);
            while (batch.Count < MaxBatch && queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            if (Run(batch))
            {
                batch.ForEach(p => p.Done.TrySetResult());
                continue;
            }

            foreach (var pending in batch)
            {
                if (Run([pending]))
                {
                    pending.Done.TrySetResult();
                }
            }
        }
    }

    private bool Run(List<Pending> batch)
    {
        var started = MoveTimings.Now();
        try
        {
            using var tx = db.BeginTransaction();
            foreach (var pending in batch)
            {
                pending.Change(db, tx);
            }

            tx.Commit();
            Commits++;
            MoveTimings.Transacted(started, batch.Count);
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException or IOException)
        {
            if (batch.Count == 1)
            {
                batch[0].Done.TrySetException(ex);
            }

            return false;
        }
    }

    private sealed record Pending(Action<SqliteConnection, SqliteTransaction> Change, TaskCompletionSource Done);
}
