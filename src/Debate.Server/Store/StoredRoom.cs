using System.Collections.Immutable;
using Debate.Core.Records;

namespace Debate.Server.Store;

/// <summary>
/// A room as the database keeps it: its ids, where its scenario comes from, the match record (the
/// project's JSON record format: header plus moves), the hashes of its seat keys and its flags.
/// </summary>
internal sealed record StoredRoom(
    string Id,
    string Code,
    string Source,
    MatchRecord Record,
    ImmutableArray<string?> KeyHashes,
    RoomFlags Flags,
    DateTimeOffset Created);
