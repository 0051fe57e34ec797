using System.Net.Http.Json;
using Debate.Server;
using Debate.Server.Hosting;
using Debate.Server.Rooms;
using Debate.Server.Screens;
using Debate.Server.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Debate.Server.Tests.Hosting;

/// <summary>
/// The seminar server hosted in-process (WebApplicationFactory over the server's own entry point),
/// with its data in a folder the test owns, opponents at full speed, and helpers to connect
/// instructors, players and projectors over SignalR (WebSockets through the test server).
/// </summary>
internal sealed class Seminar : WebApplicationFactory<Program>
{
    public Seminar(string dataFolder, Func<ServeSettings, ServeSettings>? tune = null)
    {
        // No warm-up: tests start many servers and play little on each (WarmUpTests runs it on its own).
        var settings = new ServeSettings { DataFolder = dataFolder, Port = 0, OpponentPace = TimeSpan.Zero, JoinBurst = 1000, JoinsPerMinute = 6000, WarmUp = false };
        Settings = tune is null ? settings : tune(settings);
    }

    public ServeSettings Settings { get; }

    public static string NewDataFolder() => Directory.CreateTempSubdirectory("debate-serve-test-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<ServeSettings>();
            services.AddSingleton(Settings);
        });
    }

    /// <summary>A started connection to a hub; <paramref name="instructorKey"/> is sent as the instructor header when given.</summary>
    public async Task<HubConnection> Connect(string hub, string? instructorKey = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, hub), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                if (instructorKey is not null)
                {
                    o.Headers[InstructorAccess.Header] = instructorKey;
                }

                o.WebSocketFactory = async (context, token) =>
                {
                    var client = Server.CreateWebSocketClient();
                    if (instructorKey is not null)
                    {
                        client.ConfigureRequest = r => r.Headers[InstructorAccess.Header] = instructorKey;
                    }

                    return await client.ConnectAsync(context.Uri, token);
                };
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    public Task<HubConnection> Instructor() => Connect("/hub/instructor", Settings.InstructorKey);

    /// <summary>
    /// Waits until the instructor's view shows <paramref name="seat"/> of the only room deserted and
    /// returns that view. The server learns of a closed connection on its own schedule (later on a
    /// loaded machine), so a test waits for it rather than for a fixed time or not at all.
    /// </summary>
    public static async Task<RoomSummary> UntilDeserted(HubConnection instructor, int seat)
    {
        ArgumentNullException.ThrowIfNull(instructor);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var room = (await instructor.InvokeAsync<IReadOnlyList<RoomSummary>>("Rooms")).Single();
            if (!room.Seats[seat].Here)
            {
                return room;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"the instructor still sees seat {seat + 1} taken by someone here 60 s after its connection closed");
            await Task.Delay(50);
        }
    }

    /// <summary>Opens a room through the instructor's hub.</summary>
    public async Task<RoomSummary> Open(RoomPlan plan)
    {
        await using var instructor = await Instructor();
        return await instructor.InvokeAsync<RoomSummary>("Open", plan);
    }

    /// <summary>Joins a seat through the join page's API; the answer carries the seat's key.</summary>
    public async Task<JoinAnswer> Join(string code, string name, int seat)
    {
        using var http = CreateClient();
        var response = await http.PostAsJsonAsync("/api/join", new JoinRequest(code, name, seat));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, body);
        return (await response.Content.ReadFromJsonAsync<JoinAnswer>())!;
    }

    /// <summary>A player at a seat: connected, seated, collecting its screens.</summary>
    public async Task<Player> Sit(JoinAnswer seat)
    {
        var connection = await Connect("/hub/room");
        var player = new Player(connection, seat);
        await connection.InvokeAsync("Sit", seat.Room, seat.Seat, seat.Key);
        return player;
    }

    /// <summary>A projector watching a room.</summary>
    public async Task<Projector> Watch(string room)
    {
        var connection = await Connect("/hub/room");
        var projector = new Projector(connection);
        await connection.InvokeAsync("Watch", room);
        return projector;
    }
}
