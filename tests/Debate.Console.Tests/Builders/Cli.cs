using System.Diagnostics;

namespace Debate.Console.Tests.Builders;

/// <summary>Runs the real <c>debate</c> executable, as a user or a script would.</summary>
internal static class Cli
{
    /// <summary>The built debate.dll beside the tests, or in the Console project's output.</summary>
    public static string Dll
    {
        get
        {
            var here = Path.Combine(AppContext.BaseDirectory, "debate.dll");
            if (File.Exists(here) && File.Exists(Path.Combine(AppContext.BaseDirectory, "debate.runtimeconfig.json")))
            {
                return here;
            }

            var config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(RepoRoot, "src", "Debate.Console", "bin", config, "net10.0", "debate.dll");
        }
    }

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Debate.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Debate.sln not found above the test folder.");
        }
    }

    /// <summary>Runs debate with standard input a closed pipe (no terminal).</summary>
    public static (int Code, string Out, string Err) Run(string home, string workingDirectory, params string[] args)
    {
        var info = Start("dotnet", home, workingDirectory);
        info.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("debate did not finish within a minute.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static ProcessStartInfo Start(string file, string home, string workingDirectory)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.Environment["DEBATE_HOME"] = home;
        info.Environment["DEBATE_PACE_MS"] = "0";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment.Remove("NO_COLOR");
        return info;
    }
}
