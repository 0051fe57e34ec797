using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Debate.Server.Hosting;

/// <summary>
/// Where a move's time goes on the server, stage by stage, as histograms of the meter
/// <c>Debate.Server</c> (milliseconds): waiting for the room's gate, the rules, the durable commit,
/// building the screens, and from receipt to the last screen handed to the network. Read them while
/// the server runs with <c>dotnet-counters monitor -n debate --counters Debate.Server</c>; with no
/// listener a recording costs next to nothing. The load figure (move sent to every client updated)
/// is taken by the clients; these say which part of it is the server's.
/// </summary>
internal static class MoveTimings
{
    public const string MeterName = "Debate.Server";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> Gate = Meter.CreateHistogram<double>("debate.move.gate", "ms", "Waiting for the room's gate");
    private static readonly Histogram<double> RulesStage = Meter.CreateHistogram<double>("debate.move.rules", "ms", "Rules.Apply and the record");
    private static readonly Histogram<double> CommitStage = Meter.CreateHistogram<double>("debate.move.commit", "ms", "The move's durable commit (queue and transaction)");
    private static readonly Histogram<double> ScreensStage = Meter.CreateHistogram<double>("debate.move.screens", "ms", "Building every screen of the room");
    private static readonly Histogram<double> Delivered = Meter.CreateHistogram<double>("debate.move.delivered", "ms", "Move received to its last screen written to the network");
    private static readonly Histogram<double> Transaction = Meter.CreateHistogram<double>("debate.journal.transaction", "ms", "One group commit, fsync included");
    private static readonly Histogram<int> Batch = Meter.CreateHistogram<int>("debate.journal.batch", "{changes}", "Changes in one group commit");

    public static long Now() => Stopwatch.GetTimestamp();

    public static void GateWaited(long since) => Gate.Record(Ms(since));

    public static void RulesApplied(long since) => RulesStage.Record(Ms(since));

    public static void Committed(long since) => CommitStage.Record(Ms(since));

    public static void ScreensBuilt(long since) => ScreensStage.Record(Ms(since));

    /// <summary>Records receipt-to-delivered for a move (0 = not a move: a join, a pause).</summary>
    public static void Sent(long received)
    {
        if (received != 0)
        {
            Delivered.Record(Ms(received));
        }
    }

    public static void Transacted(long since, int changes)
    {
        Transaction.Record(Ms(since));
        Batch.Record(changes);
    }

    private static double Ms(long since) => Stopwatch.GetElapsedTime(since).TotalMilliseconds;
}
