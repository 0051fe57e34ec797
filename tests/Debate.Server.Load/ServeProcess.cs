using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Debate.Server.Load;

/// <summary>`debate serve` started as its own process on a free loopback port, so its memory and CPU are its own.</summary>
internal sealed class ServeProcess : IDisposable
{
    private ServeProcess(Process process, string url, string key)
    {
        Process = process;
        Url = url;
        InstructorKey = key;
    }

    public Process Process { get; }

    public string Url { get; }

    public string InstructorKey { get; }

    public static ServeProcess Start(string data)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "debate.dll"), "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--data", data, "--pace", "0", "--join-limit", "100000" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 })
            {
                System.Console.Error.WriteLine($"server: {e.Data}");
            }
        };
        process.BeginErrorReadLine();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            var at = line.IndexOf("/instructor?key=", StringComparison.Ordinal);
            if (at >= 0)
            {
                _ = process.StandardOutput.ReadToEndAsync();
                return new ServeProcess(process, $"http://127.0.0.1:{port}", line[(at + "/instructor?key=".Length)..].Trim());
            }
        }

        throw new InvalidOperationException("debate serve did not start.");
    }

    /// <summary>Resident memory now and at its peak (VmRSS, VmHWM), in bytes, from /proc.</summary>
    public (long Rss, long Peak) Memory()
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{Process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kb(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kb(line);
            }
        }

        return (rss, peak);
    }

    /// <summary>CPU time the server has used so far.</summary>
    public TimeSpan Cpu()
    {
        Process.Refresh();
        return Process.TotalProcessorTime;
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill();
            Process.WaitForExit(10_000);
        }

        Process.Dispose();
    }

    private static long Kb(string line) => 1024 * long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
