using Microsoft.Data.Sqlite;

namespace Debate.Server.Store;

/// <summary>
/// Copies the write-ahead log into the database file in the background (SQLite's checkpoint), so
/// the writer does not do it inside a move's commit. Left to itself, SQLite checkpoints in whichever
/// commit takes the log past 1,000 pages: that commit also writes and fsyncs the database file, tens
/// of milliseconds under load, and every move queued behind it waits (the slowest commits measured
/// at 200 rooms). A passive checkpoint on a connection of its own runs beside the writer (WAL allows
/// it) and never blocks it. Durability is unchanged: a move is durable once its commit is in the
/// log on disk (synchronous=FULL), and after a kill -9 SQLite reads the log as part of the database.
/// </summary>
internal sealed class Checkpointer : IDisposable
{
    /// <summary>How often the log is copied: often enough that it stays a few megabytes at 200 rooms.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly SqliteConnection db;
    private readonly ManualResetEventSlim stopping = new();
    private readonly Thread thread;

    public Checkpointer(SqliteConnection db)
    {
        this.db = db;
        thread = new Thread(Loop) { IsBackground = true, Name = "debate checkpoint" };
        thread.Start();
    }

    public void Dispose()
    {
        stopping.Set();
        thread.Join();
        stopping.Dispose();
        db.Dispose();
    }

    private void Loop()
    {
        while (!stopping.Wait(Interval))
        {
            try
            {
                using var checkpoint = db.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                checkpoint.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Busy or a disk error: the log keeps every commit, and the next turn tries again.
            }
        }
    }
}
