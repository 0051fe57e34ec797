using Debate.Server.Screens;
using Debate.Server.Tests.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;

namespace Debate.Server.Tests.Rooms;

/// <summary>
/// A stored room that cannot be brought back after a restart is not dropped with a log line: the
/// instructor's page lists it as damaged with why, its record as stored can be downloaded, its rows
/// stay in the database, and the other rooms start as usual.
/// </summary>
[TestFixture]
public sealed class DamagedRoomTests : SeminarFixture
{
    [Test]
    public async Task RoomsWhoseHeaderFailsItsCheckOrDoesNotRead_AreListedAsDamaged_WithTheirRecordsKept()
    {
        string tampered, garbled, fine;
        var first = new Seminar(Data);
        await using (first)
        {
            await using var a = await Table.Open(first, Table.FourHumans(seed: 5), "Ann", "Bo", "Cy", "Di");
            await a.PlayOn(stopAt: 3);
            await using var b = await Table.Open(first, Table.FourHumans(seed: 6), "Eve", "Fay", "Gus", "Hal");
            await using var c = await Table.Open(first, Table.FourHumans(seed: 7), "Ida", "Jo", "Kit", "Lu");
            (tampered, garbled, fine) = (a.Room, b.Room, c.Room);
        }

        // One header edited behind the server's back (its hash no longer matches), one not JSON at all.
        Execute($"UPDATE rooms SET header = replace(header, '\"Ann\"', '\"Zed\"') WHERE id = '{tampered}'");
        Execute($"UPDATE rooms SET header = '{{ not json' WHERE id = '{garbled}'");

        await using var restarted = new Seminar(Data, s => s with { InstructorKey = first.Settings.InstructorKey });
        await using var instructor = await restarted.Instructor();
        var rooms = (await instructor.InvokeAsync<IReadOnlyList<RoomSummary>>("Rooms")).ToDictionary(r => r.Id);

        Assert.That(rooms.Keys, Is.EquivalentTo(new[] { tampered, garbled, fine }), "every stored room is listed");
        foreach (var id in new[] { tampered, garbled })
        {
            Assert.That(rooms[id].State, Is.EqualTo("damaged"));
            Assert.That(rooms[id].Damage, Is.Not.Empty, "the page says why");
            Assert.That(rooms[id].StateLine, Does.Contain("could not be restored"));
        }

        Assert.That(rooms[fine].State, Is.Not.EqualTo("damaged"), "the other rooms start as usual");
        Assert.That(rooms[tampered].MoveCount, Is.EqualTo(3));

        using var http = restarted.CreateClient();
        http.DefaultRequestHeaders.Add("X-Instructor-Key", restarted.Settings.InstructorKey);
        Assert.That(await http.GetStringAsync($"/instructor/rooms/{tampered}/record.json"), Does.Contain("\"Zed\""), "the record as stored");
        Assert.That(await http.GetStringAsync($"/instructor/rooms/{garbled}/record.json"), Is.EqualTo("{ not json"));
        Assert.That(Count("SELECT count(*) FROM rooms"), Is.EqualTo(3), "no room's rows were removed");
        Assert.That(Count($"SELECT count(*) FROM moves WHERE room = '{tampered}'"), Is.EqualTo(3));
    }

    private void Execute(string sql)
    {
        using var db = Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        Assert.That(command.ExecuteNonQuery(), Is.EqualTo(1));
    }

    private int Count(string sql)
    {
        using var db = Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private SqliteConnection Open()
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(Data, "debate.db"), Pooling = false }.ToString());
        db.Open();
        return db;
    }
}
