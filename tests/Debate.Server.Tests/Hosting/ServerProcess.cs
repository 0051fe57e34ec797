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
    private bool disposed;

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
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } text && errors.Count < 40)
            {
                errors.Enqueue(text);
            }
        };
        process.BeginErrorReadLine();

        // Generous: on a machine shared by several builds a cold start (JIT, restoring every room
        // through the rules) can take a minute; the wait is bounded and says what the server said.
        var seen = new List<string>();
        var reading = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                const string marker = "/instructor?key=";
                var at = line.IndexOf(marker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return line[(at + marker.Length)..].Trim();
                }

                lock (seen)
                {
                    seen.Add(line);
                }
            }

            return null;
        });
        if (reading.Wait(TimeSpan.FromSeconds(180)) && reading.Result is { } key)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            return new ServerProcess(process, port, key);
        }

        var exited = process.HasExited ? $"it exited with code {process.ExitCode}" : "it did not print its address within 180 s";
        if (!process.HasExited)
        {
            process.Kill();
        }

        string said;
        lock (seen)
        {
            said = string.Join(" | ", seen.Concat(errors).Take(40));
        }

        throw new InvalidOperationException($"debate serve --port {port} did not start: {exited}. It said: {(said.Length > 0 ? said : "nothing")}");
    }

    /// <summary>kill -9: no shutdown, no flush, no goodbye.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit(10_000);
    }

    /// <summary>Stops the process if it still runs; safe to call twice (after <see cref="KillHard"/> and again in a finally).</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }
}
