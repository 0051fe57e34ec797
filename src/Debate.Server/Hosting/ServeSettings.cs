namespace Debate.Server.Hosting;

/// <summary>
/// How a seminar server runs: where it keeps its rooms, where it listens, how fast opponents speak,
/// how many join attempts a device may make. <c>debate serve</c> fills it from the command line.
/// </summary>
public sealed record ServeSettings
{
    /// <summary>The data folder: the SQLite database and the records of finished rooms live here.</summary>
    public required string DataFolder { get; init; }

    /// <summary>The port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; } = 5170;

    /// <summary>Listen on every network interface (students on the room's network), not only on this machine.</summary>
    public bool Lan { get; init; }

    /// <summary>A folder of scenario files offered besides the built-in ones (never a path a client names).</summary>
    public string? ScenarioFolder { get; init; }

    /// <summary>How long a scripted opponent waits before each move, so that the room can follow it.</summary>
    public TimeSpan OpponentPace { get; init; } = TimeSpan.FromMilliseconds(1200);

    /// <summary>Join attempts a device (one address) may make at once, refilled at <see cref="JoinsPerMinute"/>.</summary>
    public int JoinBurst { get; init; } = 10;

    /// <summary>Join attempts a device regains each minute.</summary>
    public int JoinsPerMinute { get; init; } = 10;

    /// <summary>The secret in the instructor's link; generated at start when not given.</summary>
    public string InstructorKey { get; init; } = Secrets.NewKey();

    /// <summary>Whether to play a few matches in memory at start so the code a move runs is compiled before students play (see <see cref="WarmUp"/>).</summary>
    public bool WarmUp { get; init; } = true;

    /// <summary>Whether the instructor's page answers only on this machine (the default: students cannot open it over the network).</summary>
    public bool InstructorOnlyHere { get; init; } = true;
}
