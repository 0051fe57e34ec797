using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Debate.Server.Tests.Hosting;

/// <summary>
/// <c>debate serve</c> as a real process on a fixed loopback port, for the tests that kill it with
/// SIGKILL (kill -9) and start it again on the same data folder and port.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, int port, string instructorKey)
    {
        this.process = process;
        Port = port;
        InstructorKey = instructorKey;
    }

    public int Port { get; }

    public string InstructorKey { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>A port free right now on loopback.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Starts <c>debate serve --port PORT --data DATA --pace PACE</c> and waits until it says where it listens.</summary>
    public static ServerProcess Start(string data, int port, int paceMs = 0)
    {
        var debate = Path.Combine(AppContext.BaseDirectory, "debate.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { debate, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", data, "--pace", paceMs.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var line = process.StandardOutput.ReadLine();
            if (line is null)
            {
                break;
            }

            const string marker = "/instructor?key=";
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var key = line[(at + marker.Length)..].Trim();
                _ = process.StandardOutput.ReadToEndAsync();
                return new ServerProcess(process, port, key);
            }
        }

        process.Kill();
        throw new InvalidOperationException("debate serve did not start.");
    }

    /// <summary>kill -9: no shutdown, no flush, no goodbye.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }
}
