using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Play;
using Debate.Core.Records;
using Microsoft.Data.Sqlite;

namespace Debate.Server.Store;

/// <summary>
/// The rooms in SQLite (<c>DATA/debate.db</c>): one row a room with its record header (the project's
/// JSON match record without its moves), one row a seat key hash, one row a move. Every change goes
/// through <see cref="Journal"/>, which commits it (WAL, synchronous=FULL) before the caller
/// acknowledges anything, so a server killed at any moment restarts at its last acknowledged move;
/// <see cref="Checkpointer"/> copies the log into the database file beside it.
/// </summary>
internal sealed class RoomStore : IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS rooms (
            id TEXT PRIMARY KEY, code TEXT NOT NULL, source TEXT NOT NULL, header TEXT NOT NULL,
            started INTEGER NOT NULL, paused INTEGER NOT NULL, ended INTEGER NOT NULL, created TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS seats (
            room TEXT NOT NULL, seat INTEGER NOT NULL, key_hash TEXT, PRIMARY KEY (room, seat));
        CREATE TABLE IF NOT EXISTS moves (
            room TEXT NOT NULL, n INTEGER NOT NULL, seat INTEGER NOT NULL, kind TEXT NOT NULL, card TEXT,
            target INTEGER, hash TEXT NOT NULL, reason TEXT, PRIMARY KEY (room, n));
        """;

    private readonly string connectionString;
    private readonly Checkpointer checkpointer;

    public RoomStore(string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        Directory.CreateDirectory(dataFolder);
        Path = System.IO.Path.Combine(dataFolder, "debate.db");
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using (var setup = Connect())
        {
            Execute(setup, "PRAGMA journal_mode=WAL;");
            Execute(setup, Schema);
        }

        // The writer checkpoints only if the background checkpointer falls far behind (10,000
        // pages, about 40 MB of log); normally the checkpointer copies the log every second.
        var writer = Connect();
        Execute(writer, "PRAGMA wal_autocheckpoint=10000;");
        Journal = new Journal(writer);
        checkpointer = new Checkpointer(Connect());
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The one writer.</summary>
    public Journal Journal { get; }

    /// <summary>
    /// Every room with its moves, for a restart. A room whose header does not read is not returned
    /// but added to <paramref name="unreadable"/> with why (one damaged row must not stop the others).
    /// </summary>
    public IReadOnlyList<StoredRoom> LoadAll(List<UnrestoredRoom>? unreadable = null)
    {
        using var db = Connect();
        var keys = new Dictionary<string, SortedDictionary<int, string?>>(StringComparer.Ordinal);
        using (var read = Command(db, "SELECT room, seat, key_hash FROM seats"))
        using (var rows = read.ExecuteReader())
        {
            while (rows.Read())
            {
                var room = rows.GetString(0);
                if (!keys.TryGetValue(room, out var seats))
                {
                    keys[room] = seats = [];
                }

                seats[rows.GetInt32(1)] = rows.IsDBNull(2) ? null : rows.GetString(2);
            }
        }

        var moves = new Dictionary<string, List<MoveRecord>>(StringComparer.Ordinal);
        using (var read = Command(db, "SELECT room, seat, kind, card, target, hash, reason FROM moves ORDER BY room, n"))
        using (var rows = read.ExecuteReader())
        {
            while (rows.Read())
            {
                var room = rows.GetString(0);
                if (!moves.TryGetValue(room, out var list))
                {
                    moves[room] = list = [];
                }

                list.Add(new MoveRecord(
                    rows.GetInt32(1), Enum.Parse<MoveKind>(rows.GetString(2)), rows.IsDBNull(3) ? null : rows.GetString(3),
                    rows.IsDBNull(4) ? null : rows.GetInt32(4), rows.GetString(5), rows.IsDBNull(6) ? null : rows.GetString(6)));
            }
        }

        var rooms = new List<StoredRoom>();
        using (var read = Command(db, "SELECT id, code, source, header, started, paused, ended, created FROM rooms ORDER BY created"))
        using (var rows = read.ExecuteReader())
        {
            while (rows.Read())
            {
                var id = rows.GetString(0);
                var text = rows.GetString(3);
                var (header, error) = RecordJson.Read(text);
                if (header is null)
                {
                    unreadable?.Add(new UnrestoredRoom(id, rows.GetString(1), rows.GetString(2), DateTimeOffset.Parse(rows.GetString(7), CultureInfo.InvariantCulture),
                        $"Its record header does not read: {error}", 0, moves.GetValueOrDefault(id)?.Count ?? 0, text));
                    continue;
                }

                var record = header with { Moves = [.. moves.GetValueOrDefault(id) ?? []] };
                var seatKeys = keys.GetValueOrDefault(id);
                var hashes = Enumerable.Range(0, record.Seats.Length).Select(i => seatKeys?.GetValueOrDefault(i)).ToImmutableArray();
                var flags = new RoomFlags(rows.GetInt64(4) != 0, rows.GetInt64(5) != 0, rows.GetInt64(6) != 0);
                rooms.Add(new StoredRoom(id, rows.GetString(1), rows.GetString(2), record, hashes, flags,
                    DateTimeOffset.Parse(rows.GetString(7), CultureInfo.InvariantCulture)));
            }
        }

        return rooms;
    }

    /// <summary>Writes a new room: its row and its seats' (empty) keys.</summary>
    public Task AddRoom(StoredRoom room) => Journal.Commit((db, tx) =>
    {
        using var insert = Command(db, tx, "INSERT INTO rooms (id, code, source, header, started, paused, ended, created) VALUES ($id, $code, $source, $header, $s, $p, $e, $created)");
        insert.Parameters.AddWithValue("$id", room.Id);
        insert.Parameters.AddWithValue("$code", room.Code);
        insert.Parameters.AddWithValue("$source", room.Source);
        insert.Parameters.AddWithValue("$header", Header(room.Record));
        AddFlags(insert, room.Flags);
        insert.Parameters.AddWithValue("$created", room.Created.ToString("O", CultureInfo.InvariantCulture));
        insert.ExecuteNonQuery();
        for (var seat = 0; seat < room.KeyHashes.Length; seat++)
        {
            WriteKey(db, tx, room.Id, seat, room.KeyHashes[seat]);
        }
    });

    /// <summary>Appends move number <paramref name="number"/> (from 1) of a room.</summary>
    public Task AppendMove(string room, int number, MoveRecord move) => Journal.Commit((db, tx) =>
    {
        using var insert = Command(db, tx, "INSERT INTO moves (room, n, seat, kind, card, target, hash, reason) VALUES ($room, $n, $seat, $kind, $card, $target, $hash, $reason)");
        insert.Parameters.AddWithValue("$room", room);
        insert.Parameters.AddWithValue("$n", number);
        insert.Parameters.AddWithValue("$seat", move.Seat);
        insert.Parameters.AddWithValue("$kind", move.Kind.ToString());
        insert.Parameters.AddWithValue("$card", (object?)move.Card ?? DBNull.Value);
        insert.Parameters.AddWithValue("$target", (object?)move.Target ?? DBNull.Value);
        insert.Parameters.AddWithValue("$hash", move.Hash);
        insert.Parameters.AddWithValue("$reason", (object?)move.Reason ?? DBNull.Value);
        insert.ExecuteNonQuery();
    });

    /// <summary>Rewrites a room's record header (seat names and controllers change as people join) and, when given, one seat's key.</summary>
    public Task SaveSeat(string room, MatchRecord record, int seat, string? keyHash) => Journal.Commit((db, tx) =>
    {
        using var update = Command(db, tx, "UPDATE rooms SET header = $header WHERE id = $id");
        update.Parameters.AddWithValue("$header", Header(record));
        update.Parameters.AddWithValue("$id", room);
        update.ExecuteNonQuery();
        WriteKey(db, tx, room, seat, keyHash);
    });

    /// <summary>Writes a room's flags.</summary>
    public Task SaveFlags(string room, RoomFlags flags) => Journal.Commit((db, tx) =>
    {
        using var update = Command(db, tx, "UPDATE rooms SET started = $s, paused = $p, ended = $e WHERE id = $id");
        AddFlags(update, flags);
        update.Parameters.AddWithValue("$id", room);
        update.ExecuteNonQuery();
    });

    public async ValueTask DisposeAsync()
    {
        await Journal.DisposeAsync().ConfigureAwait(false);
        checkpointer.Dispose();
    }

    private static string Header(MatchRecord record) => RecordJson.Write(record with { Moves = [] });

    private static void WriteKey(SqliteConnection db, SqliteTransaction tx, string room, int seat, string? keyHash)
    {
        using var upsert = Command(db, tx, "INSERT INTO seats (room, seat, key_hash) VALUES ($room, $seat, $key) ON CONFLICT (room, seat) DO UPDATE SET key_hash = $key");
        upsert.Parameters.AddWithValue("$room", room);
        upsert.Parameters.AddWithValue("$seat", seat);
        upsert.Parameters.AddWithValue("$key", (object?)keyHash ?? DBNull.Value);
        upsert.ExecuteNonQuery();
    }

    private static void AddFlags(SqliteCommand command, RoomFlags flags)
    {
        command.Parameters.AddWithValue("$s", flags.Started ? 1 : 0);
        command.Parameters.AddWithValue("$p", flags.Paused ? 1 : 0);
        command.Parameters.AddWithValue("$e", flags.Ended ? 1 : 0);
    }

    private SqliteConnection Connect()
    {
        var db = new SqliteConnection(connectionString);
        db.Open();
        Execute(db, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
        return db;
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = Command(db, sql);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection db, string sql)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction tx, string sql)
    {
        var command = Command(db, sql);
        command.Transaction = tx;
        return command;
    }
}
