using System.Globalization;

namespace Debate.Console.Shell;

/// <summary>How the shell runs: plain (linear) or full screen, and how long an opponent's move stays on screen.</summary>
internal sealed record ShellSettings(bool Plain, TimeSpan Pace)
{
    /// <summary>The pace a room can follow; <c>DEBATE_PACE_MS</c> overrides it (0 for tests and demos).</summary>
    public static ShellSettings FromEnvironment(bool plain)
    {
        var pace = Environment.GetEnvironmentVariable("DEBATE_PACE_MS");
        var ms = int.TryParse(pace, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : 1400;
        return new ShellSettings(plain, TimeSpan.FromMilliseconds(ms));
    }
}
