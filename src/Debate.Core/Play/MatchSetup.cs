using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// Setup: seats and roles, the shuffle from the seed, the deal, the opening vote and the first
/// speech's entry (its draw and event, if any).
/// </summary>
public static class MatchSetup
{
    /// <summary>Most seats a side may have.</summary>
    public const int MaxSeatsPerSide = 3;

    /// <summary>What is wrong with these seats for this scenario, or null when they are fine.</summary>
    public static string? Problem(Scenario scenario, IReadOnlyList<SeatSpec> seats)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(seats);
        foreach (var side in new[] { Side.Alliance, Side.Partnership })
        {
            var count = seats.Count(s => s.Side == side);
            if (count is < 1 or > MaxSeatsPerSide)
            {
                return $"Side {side} has {count} seats; each side needs 1 to {MaxSeatsPerSide}.";
            }
        }

        foreach (var seat in seats.Where(s => s.RoleId is not null))
        {
            var role = scenario.Roles.FirstOrDefault(r => r.Id == seat.RoleId);
            if (role is null)
            {
                return $"Seat {seat.Name} asks for role '{seat.RoleId}', which the scenario does not have.";
            }

            if (role.Side != seat.Side)
            {
                return $"Role '{role.Id}' belongs to side {role.Side}, not {seat.Side}.";
            }
        }

        var taken = seats.Where(s => s.RoleId is not null).GroupBy(s => s.RoleId).FirstOrDefault(g => g.Count() > 1);
        return taken is null ? null : $"Role '{taken.Key}' is given to more than one seat.";
    }

    /// <summary>Deals a new match. Throws <see cref="ArgumentException"/> when <see cref="Problem"/> finds one.</summary>
    public static Match Start(Scenario scenario, IReadOnlyList<SeatSpec> seats, ulong seed)
    {
        var problem = Problem(scenario, seats);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(seats));
        }

        var rng = new Rng(seed);
        var alliance = Shuffled(scenario.DeckOf(Side.Alliance), ref rng);
        var partnership = Shuffled(scenario.DeckOf(Side.Partnership), ref rng);
        var events = Shuffled(scenario.Events, ref rng);

        // Roles draw from their own stream, so a replay that names the dealt roles gets the same decks.
        var roleRng = new Rng(seed ^ RoleStream);
        var placed = DealRoles(scenario, seats, ref roleRng);
        var decks = new Dictionary<Side, Deck> { [Side.Alliance] = new(alliance, 0), [Side.Partnership] = new(partnership, 0) };
        var hands = new ImmutableArray<CardId>[placed.Length];
        foreach (var seat in placed)
        {
            (decks[seat.Side], hands[seat.Index]) = decks[seat.Side].Draw(scenario.HandSize);
        }

        var opening = scenario.Blocs.Select(b => b.Opening).ToImmutableArray();
        var match = new Match
        {
            Scenario = scenario,
            Seats = placed,
            Seed = seed,
            RngState = rng.State,
            SpeechIndex = 0,
            SpeakerBySpeech = Speakers(scenario, placed),
            TimeLeft = 0,
            Hands = [.. hands],
            AllianceDeck = decks[Side.Alliance],
            PartnershipDeck = decks[Side.Partnership],
            EventDeck = new Deck(events, 0),
            EventsInPlay = [],
            Floor = [],
            Audience = opening,
            AudienceAfterSpeech = [],
            MoveCount = 0,
        };
        return SpeechEntry.Enter(match, ImmutableArray.CreateBuilder<Happening>());
    }

    /// <summary>Rebuilds the match a record started from, with the seats and roles as recorded.</summary>
    public static Match Restart(Scenario scenario, IReadOnlyList<Seat> seats, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var specs = seats.Select(s => new SeatSpec(s.Name, s.Side, s.Controller, s.RoleId, DealRole: false)).ToList();
        return Start(scenario, specs, seed);
    }

    private const ulong RoleStream = 0x526F6C6573UL;

    private static ImmutableArray<Seat> DealRoles(Scenario scenario, IReadOnlyList<SeatSpec> seats, ref Rng rng)
    {
        var free = scenario.Roles.Where(r => seats.All(s => s.RoleId != r.Id)).ToList();
        var placed = ImmutableArray.CreateBuilder<Seat>(seats.Count);
        for (var i = 0; i < seats.Count; i++)
        {
            var spec = seats[i];
            var roleId = spec.RoleId;
            if (roleId is null && spec.DealRole)
            {
                var options = free.Where(r => r.Side == spec.Side).ToList();
                if (options.Count > 0)
                {
                    var role = options[rng.Next(options.Count)];
                    free.Remove(role);
                    roleId = role.Id;
                }
            }

            placed.Add(new Seat(i, spec.Name, spec.Side, spec.Controller, roleId));
        }

        return placed.MoveToImmutable();
    }

    private static ImmutableArray<CardId> Shuffled(IEnumerable<Card> cards, ref Rng rng)
    {
        var ids = cards.Select(c => c.Id).ToArray();
        rng.Shuffle(ids);
        return [.. ids];
    }

    private static ImmutableArray<int> Speakers(Scenario scenario, ImmutableArray<Seat> seats)
    {
        var given = new Dictionary<Side, int> { [Side.Alliance] = 0, [Side.Partnership] = 0 };
        var speakers = ImmutableArray.CreateBuilder<int>(scenario.Speeches.Length);
        foreach (var slot in scenario.Speeches)
        {
            var side = slot.Speech.Side;
            var ofSide = seats.Where(s => s.Side == side).ToList();
            speakers.Add(ofSide[given[side]++ % ofSide.Count].Index);
        }

        return speakers.MoveToImmutable();
    }
}
