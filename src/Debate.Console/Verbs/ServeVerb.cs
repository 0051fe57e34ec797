using System.CommandLine;
using System.Net.Sockets;
using Debate.Console.Saves;
using Debate.Server.Hosting;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate serve`: the seminar server (ASP.NET Core in this same program). Students join from their
/// own browsers with a room's code; the projector shows the room; the instructor's page (this
/// machine only, with the key printed at start) opens and runs rooms. Rooms live in SQLite under
/// --data and survive a restart.
/// </summary>
internal static class ServeVerb
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5170 };
        var lan = new Option<bool>("--lan") { Description = "Listen on the room's network too, so students can join from their own devices (prints the addresses)." };
        var data = new Option<string?>("--data") { Description = "The folder for the rooms' database (default: the save folder's server/)." };
        var scenarios = new Option<string?>("--scenarios") { Description = "A folder of scenario files to offer besides the built-in ones (default: ./scenarios when it exists)." };
        var joins = new Option<int>("--join-limit") { Description = "Join attempts one device (address) may make a minute; raise it when a whole class reaches the server through one address.", DefaultValueFactory = _ => 10 };
        var pace = new Option<int>("--pace") { Description = "Milliseconds a scripted opponent waits before each move, so the room can follow.", DefaultValueFactory = _ => 1200 };
        var command = new Command("serve", "Host a seminar: each student's hand on their own screen, the room on the projector, the instructor's page for rooms.")
        {
            port, lan, data, scenarios, pace, joins,
        };
        command.SetAction((parse, token) => Run(
            new ServeSettings
            {
                DataFolder = parse.GetValue(data) ?? string.Empty,
                Port = parse.GetValue(port),
                Lan = parse.GetValue(lan),
                ScenarioFolder = parse.GetValue(scenarios),
                OpponentPace = TimeSpan.FromMilliseconds(Math.Clamp(parse.GetValue(pace), -1, 60_001)),
                JoinBurst = parse.GetValue(joins),
                JoinsPerMinute = parse.GetValue(joins),
            },
            token));
        return command;
    }

    private static async Task<int> Run(ServeSettings asked, CancellationToken stop)
    {
        if (asked.Port is < 0 or > 65535 || asked.OpponentPace < TimeSpan.Zero || asked.OpponentPace > TimeSpan.FromMinutes(1) || asked.JoinBurst < 1)
        {
            System.Console.Error.WriteLine("debate serve: --port is 0 to 65535, --pace 0 to 60000 milliseconds, --join-limit at least 1.");
            return 2;
        }

        if (asked.ScenarioFolder is { } named && !Directory.Exists(named))
        {
            System.Console.Error.WriteLine($"debate serve: {named}: no such folder.");
            return 2;
        }

        var folder = asked.ScenarioFolder ?? (Directory.Exists("scenarios") ? "scenarios" : null);
        var port = asked.Port;
        try
        {
            var data = Path.GetFullPath(asked.DataFolder.Length > 0 ? asked.DataFolder : Path.Combine(SaveStore.HomeFolder(), "server"));
            var settings = asked with
            {
                DataFolder = data,
                ScenarioFolder = folder is null ? null : Path.GetFullPath(folder),
                InstructorKey = InstructorKeyFile.LoadOrCreate(data),
            };
            await SeminarServer.RunAsync(settings, System.Console.Out, stop).ConfigureAwait(false);
            return 0;
        }
        catch (IOException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            System.Console.Error.WriteLine($"debate serve: port {port} is already in use; choose another with --port (0 picks a free one).");
            return 1;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            System.Console.Error.WriteLine($"debate serve: cannot use the data folder: {ex.Message}");
            return 1;
        }
    }
}
