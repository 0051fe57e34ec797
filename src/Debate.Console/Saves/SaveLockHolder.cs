using System.Globalization;

namespace Debate.Console.Saves;

/// <summary>Who has a save open: the process id, when that process started and on which host.</summary>
internal sealed record SaveLockHolder(int ProcessId, DateTime? StartedUtc, string Host)
{
    /// <summary>For a screen or a message: "process 4242 (started 14:05)".</summary>
    public string Describe()
    {
        var since = StartedUtc is { } s ? $", started {s.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}" : string.Empty;
        var where = string.IsNullOrEmpty(Host) || Host == Environment.MachineName ? string.Empty : $" on {Host}";
        return string.Create(CultureInfo.InvariantCulture, $"process {ProcessId}{where}{since}");
    }
}
