using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Debate.Console.Tests.Builders;
using NUnit.Framework;

namespace Debate.Console.Tests.EndToEnd;

/// <summary>
/// The real executable in a pseudo-terminal (script from util-linux): a practice match started
/// from the menu and played to the verdict with keys, as a person would.
/// </summary>
[NonParallelizable]
public sealed partial class PseudoTerminalTests
{
    [Test]
    public void Menu_PracticeMatch_PlayedWithKeys_ReachesTheVerdict()
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Ignore("script (util-linux) is not installed.");
        }

        var home = Path.Combine(Path.GetTempPath(), "debate-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        try
        {
            var info = Cli.Start("script", home, home);
            info.ArgumentList.Add("-qfec");
            info.ArgumentList.Add($"stty cols 100 rows 30; exec dotnet {Cli.Dll}");
            info.ArgumentList.Add("/dev/null");
            info.Environment["TERM"] = "xterm-256color";
            using var process = Process.Start(info)!;
            var screen = new Terminal(process);

            screen.Expect("Practice against an opponent");
            screen.Send("2");
            screen.Expect("Choose a scenario");
            screen.Send("\r");
            screen.Expect("Your name:");
            screen.Send("\r");
            screen.Expect("your side");
            screen.Send("1");
            screen.Expect("your opponent");
            screen.Send("1");
            screen.Expect("Start the match");
            screen.Send("\r");
            screen.Expect("Role sheet: You");
            screen.Send("\r");
            var verdict = string.Empty;
            for (var turn = 0; turn < 40; turn++)
            {
                var seen = screen.ExpectAny("HAND OF YOU", "End your speech with", " VERDICT ");
                if (seen == " VERDICT ")
                {
                    verdict = screen.Screen;
                    break;
                }

                screen.Send(seen == "HAND OF YOU" ? "E" : "y");
            }

            Assert.That(verdict, Does.Match("ALLIANCE WINS|PARTNERSHIP WINS|A DEAD HEAT"));
            Assert.That(verdict, Does.Contain("REASON FOR DECISION"));
            screen.Send(" ");
            screen.Send(" ");
            screen.Send(" ");
            Assert.That(screen.Expect("SECRET OBJECTIVES"), Does.Contain("Hawk").Or.Contain("MET"));
            screen.Send("\r");
            screen.Expect("After the verdict");
            screen.Send("4");
            screen.Expect("Practice against an opponent");
            screen.Send("q");
            Assert.That(process.WaitForExit(20_000), Is.True, "debate quits from the menu");
            Assert.That(process.ExitCode, Is.Zero);
            Assert.That(screen.Raw, Does.Contain("\u001b[?1049l"), "the alternate screen is left on the way out");
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    /// <summary>Reads what the program paints and answers with keys, like expect(1).</summary>
    private sealed partial class Terminal
    {
        private readonly Process process;
        private readonly StringBuilder raw = new();
        private readonly Lock gate = new();
        private int since;

        public Terminal(Process process)
        {
            this.process = process;
            _ = Task.Run(async () =>
            {
                var buffer = new char[4096];
                int n;
                while ((n = await process.StandardOutput.ReadAsync(buffer).ConfigureAwait(false)) > 0)
                {
                    lock (gate)
                    {
                        raw.Append(buffer, 0, n);
                    }
                }
            });
        }

        public string Raw
        {
            get
            {
                lock (gate)
                {
                    return raw.ToString();
                }
            }
        }

        public void Send(string keys)
        {
            lock (gate)
            {
                since = raw.Length;
            }

            process.StandardInput.Write(keys);
            process.StandardInput.Flush();
        }

        /// <summary>What was painted since the last key sent.</summary>
        public string Screen => Plain(Raw[since..]);

        public string Expect(string text) => ExpectAny(text) is not null ? Plain(Raw[since..]) : string.Empty;

        public string ExpectAny(params string[] texts)
        {
            var until = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < until)
            {
                var screen = Plain(Raw[since..]);
                foreach (var text in texts)
                {
                    if (screen.Contains(text, StringComparison.Ordinal))
                    {
                        Thread.Sleep(60);
                        return text;
                    }
                }

                Thread.Sleep(20);
            }

            throw new TimeoutException($"Never saw any of: {string.Join(" | ", texts)}. Last output:\n{Plain(Raw[Math.Max(0, Raw.Length - 3000)..])}");
        }

        private static string Plain(string text) => Escapes().Replace(text, string.Empty);

        [GeneratedRegex("\u001b\\[[0-9;?]*[A-Za-z]")]
        private static partial Regex Escapes();
    }
}
