namespace Debate.Debrief.Model;

/// <summary>Which match this is: the scenario and motion, the seed, how far it went.</summary>
/// <param name="Scenario">The scenario id the record names.</param>
/// <param name="ScenarioHash">The content hash of the scenario the record was replayed against.</param>
/// <param name="Moves">Moves in the record's action log.</param>
/// <param name="Finished">Whether the last speech ended; an unfinished match is judged as it stands.</param>
/// <param name="Anonymised">Whether player names were replaced with code names.</param>
public sealed record MatchSummary(
    string Scenario,
    string Title,
    string Motion,
    string AllianceCase,
    string PartnershipCase,
    string ScenarioHash,
    ulong Seed,
    int Moves,
    bool Finished,
    bool Anonymised);
