using Debate.Server.Hosting;

namespace Debate.Server;

/// <summary>
/// A bare entry point, so that tests can host the server in-process (WebApplicationFactory needs
/// one). People start the server with <c>debate serve</c>; this runs it on a free port with its
/// data under <c>DEBATE_SERVE_DATA</c> (or a temporary folder).
/// </summary>
internal sealed class Program
{
    private Program()
    {
    }

    public static async Task Main(string[] args)
    {
        var data = Environment.GetEnvironmentVariable("DEBATE_SERVE_DATA") ?? Path.Combine(Path.GetTempPath(), "debate-serve");
        await using var app = SeminarApp.Build(new ServeSettings { DataFolder = data, Port = 0 }, args);
        await app.RunAsync().ConfigureAwait(false);
    }
}
