using Debate.Core.Records;
using Debate.Server.Hosting;
using Debate.Server.Store;
using Microsoft.Extensions.Logging;

namespace Debate.Server.Rooms;

/// <summary>
/// Brings every stored room back after a start (a crash, a kill -9, a reboot): each record is
/// replayed move by move through the rules with its state hashes checked, so a room restarts at its
/// last acknowledged move or, if its record no longer replays, is listed as damaged and not played on.
/// </summary>
internal sealed class Restorer(RoomHall hall, RoomStore store, ScenarioShelf shelf, Bench bench, ILogger<Restorer> log)
{
    public int RestoreAll()
    {
        var count = 0;
        foreach (var stored in store.LoadAll())
        {
            var (scenario, problem) = shelf.Find(stored.Source);
            if (scenario is null)
            {
                Log.NotRestored(log, stored.Id, problem);
                continue;
            }

            var replay = Replay.Run(scenario, stored.Record);
            if (replay.Match is null)
            {
                Log.NotRestored(log, stored.Id, replay.Reason);
                continue;
            }

            var room = new Room(stored.Id, stored.Code, stored.Source, replay.Match, stored.Record, [.. stored.KeyHashes], stored.Flags, stored.Created)
            {
                Damage = replay.Verified ? null : $"Its record no longer replays: {replay.Reason}",
            };
            room.Note([$"The server restarted; the debate carries on from move {replay.Match.MoveCount}."]);
            hall.Add(room);
            bench.Prompt(room);
            count++;
        }

        return count;
    }
}
