using Debate.Core.Records;
using Debate.Server.Hosting;
using Debate.Server.Store;
using Microsoft.Extensions.Logging;

namespace Debate.Server.Rooms;

/// <summary>
/// Brings every stored room back after a start (a crash, a kill -9, a reboot): each record is
/// replayed move by move through the rules with its state hashes checked, so a room restarts at its
/// last acknowledged move or, if its record no longer replays, is listed as damaged and not played on.
/// A room that cannot be brought back at all (its header fails its check or does not read, its
/// scenario is gone) is listed as damaged too, with why, and its rows are kept.
/// </summary>
internal sealed class Restorer(RoomHall hall, RoomStore store, ScenarioShelf shelf, Bench bench, ILogger<Restorer> log)
{
    public int RestoreAll()
    {
        var count = 0;
        var unreadable = new List<UnrestoredRoom>();
        var rooms = store.LoadAll(unreadable);
        foreach (var damaged in unreadable)
        {
            Unrestored(damaged);
        }

        foreach (var stored in rooms)
        {
            var (scenario, problem) = shelf.Find(stored.Source);
            var replay = scenario is null ? null : Replay.Run(scenario, stored.Record);
            if (replay?.Match is null)
            {
                Unrestored(new UnrestoredRoom(stored.Id, stored.Code, stored.Source, stored.Created, problem ?? replay?.Reason ?? "It does not replay.",
                    stored.Record.Seed, stored.Record.Moves.Length, RecordJson.Write(stored.Record)));
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

    private void Unrestored(UnrestoredRoom room)
    {
        Log.NotRestored(log, room.Id, room.Why);
        hall.AddUnrestored(room);
    }
}
