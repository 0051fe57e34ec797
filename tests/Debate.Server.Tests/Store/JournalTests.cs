using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Server.Store;
using Debate.Server.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace Debate.Server.Tests.Store;

/// <summary>
/// The store's one writer and its background checkpoint: many moves committed at once all arrive
/// (group commit on the writer's own thread), and what the log holds reaches the database file
/// without a move's commit doing the copying.
/// </summary>
[TestFixture]
public sealed class JournalTests : SeminarFixture
{
    private static MoveRecord End(int seat) => new(seat, MoveKind.EndSpeech, null, null, $"hash-{seat}", null);

    [Test]
    public async Task ManyMovesAtOnce_AreAllCommitted_InFewerTransactionsThanMoves_AndReadBackInOrder()
    {
        await using (var store = new RoomStore(Data))
        {
            // Three hundred moves of sixty rooms handed over together, as a busy server does.
            await Task.WhenAll(Enumerable.Range(0, 300).Select(i => store.AppendMove($"room-{i % 60}", (i / 60) + 1, End(i / 60))));
            Assert.That(store.Journal.Commits, Is.LessThan(300), "moves that arrive together share a transaction");
        }

        Assert.That(CountMoves(Path.Combine(Data, "debate.db")), Is.EqualTo(300));
    }

    [Test]
    public async Task CommittedMoves_ReachTheDatabaseFile_FromTheBackgroundCheckpoint()
    {
        await using var store = new RoomStore(Data);
        for (var n = 1; n <= 40; n++)
        {
            await store.AppendMove("room-a", n, End(n % 4));
        }

        // The database file alone (without its log) holds the moves once a checkpoint has copied
        // them; the writer no longer does that itself below 10,000 pages, so only the background
        // checkpoint can have. Copy the file and read the copy, so the store's log is left alone.
        var copy = Path.Combine(Data, "copy");
        Directory.CreateDirectory(copy);
        var seen = 0;
        for (var attempt = 0; attempt < 100 && seen < 40; attempt++)
        {
            await Task.Delay(100);
            File.Copy(Path.Combine(Data, "debate.db"), Path.Combine(copy, "debate.db"), overwrite: true);
            try
            {
                seen = CountMoves(Path.Combine(copy, "debate.db"));
            }
            catch (SqliteException)
            {
                // Copied while a checkpoint was writing it: copy again.
            }
        }

        Assert.That(seen, Is.EqualTo(40), "every committed move is in the database file itself within ten seconds");
    }

    [Test]
    public async Task AStoppedStore_RefusesAMove_RatherThanLosingItQuietly()
    {
        var store = new RoomStore(Data);
        await store.AppendMove("room-a", 1, End(0));
        await store.DisposeAsync();
        Assert.ThrowsAsync<ObjectDisposedException>(() => store.AppendMove("room-a", 2, End(1)));
    }

    private static int CountMoves(string file)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        db.Open();
        using var count = db.CreateCommand();
        count.CommandText = "SELECT count(*) FROM moves";
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
