using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Debate.Server.Store;

/// <summary>
/// The database's one writer. Callers hand it a change and await its commit; changes that arrive
/// while a commit is under way go into the next transaction together (group commit), so two hundred
/// rooms cost a few fsyncs a second rather than two hundred, and still nothing is acknowledged
/// before it is on disk. A change that fails is retried alone, so one bad write cannot sink others.
/// </summary>
internal sealed class Journal : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly SqliteConnection db;
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    public Journal(SqliteConnection db)
    {
        this.db = db;
        writer = Task.Run(WriteLoop);
    }

    /// <summary>Commits calls so far, for the figures: how many transactions the writes took.</summary>
    public long Commits { get; private set; }

    /// <summary>Runs <paramref name="change"/> in a transaction and completes once it is committed to disk.</summary>
    public Task Commit(Action<SqliteConnection, SqliteTransaction> change)
    {
        var pending = new Pending(change, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromException(new ObjectDisposedException(nameof(Journal)));
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer.ConfigureAwait(false);
        await db.DisposeAsync().ConfigureAwait(false);
    }

    private async Task WriteLoop()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
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
        try
        {
            using var tx = db.BeginTransaction();
            foreach (var pending in batch)
            {
                pending.Change(db, tx);
            }

            tx.Commit();
            Commits++;
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
