using System.Globalization;
using Debate.Server.Rooms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Debate.Server.Hosting;

/// <summary>
/// Runs a seminar server until it is stopped: starts it, says where students join and where the
/// instructor's page is, and waits. <c>debate serve</c> calls this.
/// </summary>
public static class SeminarServer
{
    /// <summary>Runs until <paramref name="stop"/> fires; writes the addresses to <paramref name="output"/>.</summary>
    public static async Task RunAsync(ServeSettings settings, TextWriter output, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        await using var app = SeminarApp.Build(settings);
        await app.StartAsync(stop).ConfigureAwait(false);
        var port = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal)).Port).First();
        var here = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var network = settings.Lan ? Addresses.OnTheNetwork().Select(a => $"http://{a}:{port.ToString(CultureInfo.InvariantCulture)}").ToList() : [];
        var hall = app.Services.GetRequiredService<RoomHall>();
        hall.JoinAt = settings.Lan ? network.FirstOrDefault() : here;
        output.WriteLine($"Debate seminar server, listening on port {port}{(settings.Lan ? " on every network interface" : " on this machine only")}.");
        if (settings.Lan)
        {
            output.WriteLine(network.Count == 0
                ? "  Students join at:  no network address found; check this machine's network connection."
                : $"  Students join at:  {string.Join("  or  ", network)}");
        }
        else
        {
            output.WriteLine($"  Students join at:  {here}   (this machine only: add --lan for students' own devices)");
        }

        output.WriteLine($"  Instructor's page: {here}/instructor?key={settings.InstructorKey}");
        output.WriteLine("                     (open it on this machine; keep the link to yourself: it carries the instructor's key,");
        output.WriteLine($"                     which stays the same after a restart; delete {InstructorKeyFile.Name} in the data folder for a new one)");
        output.WriteLine($"  Rooms are kept in: {Path.Combine(settings.DataFolder, "debate.db")}");
        foreach (var room in hall.All.Where(r => r.IsOpen))
        {
            output.WriteLine($"  Room {room.Id} ({room.Scenario.Title}): join code {Secrets.ShowCode(room.Code)}");
        }

        output.WriteLine("Create a room on the instructor's page; its join code is shown there and on its projector page. Ctrl+C stops the server (rooms are kept).");
        output.Flush();
        // Ctrl+C or SIGTERM reach the host's own console lifetime (or cancel stop): either way it stops gracefully.
        await app.WaitForShutdownAsync(stop).ConfigureAwait(false);
    }
}
