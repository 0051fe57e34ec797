using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Debate.Server.Hosting;
using Debate.Server.Load;
using Debate.Server.Rooms;
using Debate.Server.Screens;
using Debate.Server.Web;
using Microsoft.AspNetCore.SignalR.Client;

// The seminar server under load (see the project file). Rooms are played over and over until the
// time is up; every move's time from send to every client of its room updated is collected.
var options = LoadOptions.Parse(args, System.Console.Error);
if (options is null)
{
    return 2;
}

var data = Directory.CreateTempSubdirectory("debate-load-").FullName;
var server = ServeProcess.Start(data);
var inv = CultureInfo.InvariantCulture;
try
{
    var latencies = new Latencies();
    var acks = new Latencies(); // move sent -> its answer (the server has committed it durably)
    await using var instructor = new HubConnectionBuilder()
        .WithUrl($"{server.Url}/hub/instructor", o => o.Headers[InstructorAccess.Header] = server.InstructorKey).Build();
    await instructor.StartAsync();
    using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

    // Spread the clients: each room one projector and the rest seats (2 to 6), sides alternating.
    var perRoom = Enumerable.Range(0, options.Rooms).Select(i => options.Clients / options.Rooms + (i < options.Clients % options.Rooms ? 1 : 0)).ToList();
    System.Console.Error.WriteLine($"connecting {options.Clients} clients in {options.Rooms} rooms to {server.Url}...");
    var cpuBefore = server.Cpu();
    var clock = Stopwatch.StartNew();
    var deadline = TimeSpan.FromSeconds(options.Seconds);
    var peak = 0L;
    using var sampling = new Timer(_ => peak = Math.Max(peak, server.Memory().Rss), null, 0, 500);
    var matches = 0;
    var refusals = 0;
    var sent = 0;
    var rooms = await Task.WhenAll(perRoom.Select(async (clients, index) =>
    {
        var seats = Math.Min(6, clients - 1);
        var connections = new List<HubConnection>();
        for (var c = 0; c < clients; c++)
        {
            var connection = new HubConnectionBuilder().WithUrl($"{server.Url}/hub/room").Build();
            connections.Add(connection);
        }

        return (Index: index, Seats: seats, Connections: connections);
    }));

    // Connect in batches so the start is not a thundering herd.
    foreach (var batch in rooms.SelectMany(r => r.Connections).Chunk(50))
    {
        await Task.WhenAll(batch.Select(c => c.StartAsync()));
    }

    System.Console.Error.WriteLine($"connected in {clock.Elapsed.TotalSeconds:0.0} s; opening the rooms and taking the seats...");

    // The first round of every room is opened and seated before the clock starts, as a seminar's
    // rooms are before its debates begin: otherwise the first seconds measure 200 rooms opened and
    // 800 seats taken in the same instant (each a durable write) beside the first moves. Moves wait
    // for the start; rooms opened for later rounds do so while the others play, and are measured.
    var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    var setUp = Stopwatch.StartNew();
    var seated = await Task.WhenAll(rooms.Select(async r =>
    {
        var random = new Random(r.Index + 1);
        var current = new RoomDriver?[1];
        for (var c = 0; c <= r.Seats; c++)
        {
            var client = c; // the seats, then the projector
            if (client < r.Seats)
            {
                r.Connections[client].On<SeatGlance>("seat", screen => current[0]?.OnSeat(client, screen));
            }

            r.Connections[client].On<RoomGlance>("room", screen => current[0]?.OnPublic(client, screen));
        }

        await OpenAndSit(r.Index, r.Seats, r.Connections, round: 0, random, current);
        return (Room: r, Random: random, Current: current);
    }));
    var setUpSeconds = setUp.Elapsed.TotalSeconds;
    System.Console.Error.WriteLine($"{options.Rooms} rooms opened and {rooms.Sum(r => r.Seats)} seats taken in {setUpSeconds:0.0} s; playing for {options.Seconds} s...");
    clock.Restart();
    var started = Stopwatch.GetTimestamp();
    cpuBefore = server.Cpu();
    var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    go.SetResult();
    await Task.WhenAll(seated.Select(async x =>
    {
        for (var round = 0; ; round++)
        {
            var driver = round == 0 ? x.Current[0]! : await OpenAndSit(x.Room.Index, x.Room.Seats, x.Room.Connections, round, x.Random, x.Current);
            var left = deadline - clock.Elapsed;
            if (await Task.WhenAny(driver.Over, Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero)) == driver.Over)
            {
                Interlocked.Increment(ref matches);
            }

            driver.Stop();
            Interlocked.Add(ref refusals, driver.Refusals);
            Interlocked.Add(ref sent, driver.Sent);
            if (round >= 6 || clock.Elapsed >= deadline)
            {
                break; // time is up, or a connection holds at most eight seats and screens
            }
        }
    }));

    // Opens a room for one round, joins its seats, has the projector watch and the players sit.
    async Task<RoomDriver> OpenAndSit(int index, int seats, List<HubConnection> connections, int round, Random random, RoomDriver?[] current)
    {
        var plan = new RoomPlan("builtin:alliance-or-partnership", (ulong)((index * 1000) + round),
            [.. Enumerable.Range(0, seats).Select(i => new SeatPlan(i % 2 == 0 ? "alliance" : "partnership"))]);
        var summary = await instructor.InvokeAsync<RoomSummary>("Open", plan);
        var keys = new List<(HubConnection, string)>();
        for (var s = 0; s < seats; s++)
        {
            var answer = await (await http.PostAsJsonAsync("/api/join", new JoinRequest(summary.Code, $"P{s + 1}", s))).Content.ReadFromJsonAsync<JoinAnswer>();
            keys.Add((connections[s], answer!.Key));
        }

        var driver = new RoomDriver(summary.Id, keys, connections[seats], options.ThinkMs, random, latencies, acks, go.Task);
        current[0] = driver;
        await RoomDriver.Watch(connections[seats], summary.Id);
        for (var s = 0; s < seats; s++)
        {
            await RoomDriver.Sit(connections[s], summary.Id, s, keys[s].Item2);
        }

        return driver;
    }

    var seconds = clock.Elapsed.TotalSeconds;
    var cores = (server.Cpu() - cpuBefore).TotalSeconds / seconds;
    var clientCores = (Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore).TotalSeconds / seconds;
    var (rss, hwm) = server.Memory();
    var moves = latencies.Count;
    string Ms(double x) => x.ToString("0.0", inv);
    var met = latencies.Percentile(0.99) < 150;
    System.Console.WriteLine($"Load: {options.Rooms} rooms, {options.Clients} clients ({rooms.Sum(r => r.Seats)} seats, {options.Rooms} projectors) on loopback, {seconds:0} s, think time {options.ThinkMs} ms");
    System.Console.WriteLine($"  before the clock: {options.Rooms} rooms opened, {rooms.Sum(r => r.Seats)} seats joined and taken in {setUpSeconds.ToString("0.0", inv)} s (later rounds' rooms open while the others play, inside the measured time)");
    System.Console.WriteLine($"  moves sent: {sent}");
    System.Console.WriteLine($"  moves measured: {moves} ({(moves / seconds).ToString("0.0", inv)}/s); matches finished: {matches}; moves refused or failed: {refusals}");
    System.Console.WriteLine($"  move sent -> every client of its room updated: p50 {Ms(latencies.Percentile(0.5))} ms, p95 {Ms(latencies.Percentile(0.95))} ms, p99 {Ms(latencies.Percentile(0.99))} ms, max {Ms(latencies.Percentile(1))} ms");
    System.Console.WriteLine($"  move sent -> acknowledged (committed to disk): p50 {Ms(acks.Percentile(0.5))} ms, p95 {Ms(acks.Percentile(0.95))} ms, p99 {Ms(acks.Percentile(0.99))} ms");
    System.Console.WriteLine($"  server process: peak RSS {hwm / 1048576} MB (sampled peak {peak / 1048576} MB, at the end {rss / 1048576} MB), CPU {cores.ToString("0.00", inv)} cores on average ({(cores * seconds * 1000 / Math.Max(1, moves)).ToString("0.00", inv)} ms a move); this client process {clientCores.ToString("0.00", inv)} cores");
    System.Console.WriteLine($"  target p99 < 150 ms: {(met ? "met" : "NOT met")}");

    // The same figure by stretch of the run: whether the tail is the server's first seconds (code
    // still being compiled, clients arriving) or the whole run.
    var windows = new List<string>();
    for (var from = 0; from < Math.Floor(seconds); from += 10)
    {
        var a = started + (long)(from * (double)Stopwatch.Frequency);
        var b = started + (long)((from + 10) * (double)Stopwatch.Frequency);
        windows.Add($"{from}-{from + 10} s: p99 {Ms(latencies.Percentile(0.99, a, b))} ms ({latencies.CountBetween(a, b)} moves)");
    }

    System.Console.WriteLine($"  by 10 s stretch: {string.Join("; ", windows)}");
    if (options.Json)
    {
        System.Console.WriteLine(JsonSerializer.Serialize(new
        {
            rooms = options.Rooms, clients = options.Clients, seconds, setup_seconds = setUpSeconds, moves, matches, refusals,
            p50_ms = latencies.Percentile(0.5), p95_ms = latencies.Percentile(0.95), p99_ms = latencies.Percentile(0.99), max_ms = latencies.Percentile(1),
            ack_p50_ms = acks.Percentile(0.5), ack_p99_ms = acks.Percentile(0.99),
            peak_rss_bytes = hwm, cpu_cores = cores, client_cpu_cores = clientCores,
        }));
    }

    foreach (var c in rooms.SelectMany(r => r.Connections))
    {
        await c.DisposeAsync();
    }

    return moves > 0 && refusals == 0 ? 0 : 1;
}
finally
{
    server.Dispose();
    Directory.Delete(data, recursive: true);
}
