namespace Debate.Server.Store;

/// <summary>
/// A stored room that could not be brought back after a start (its header fails its check, its
/// scenario is gone, its header does not even read): listed on the instructor's page as damaged, with
/// why, never played on, and its rows left in the database untouched; <see cref="Record"/> is what
/// the store holds, for the instructor to download and look at.
/// </summary>
internal sealed record UnrestoredRoom(string Id, string Code, string Source, DateTimeOffset Created, string Why, ulong Seed, int MoveCount, string Record);
