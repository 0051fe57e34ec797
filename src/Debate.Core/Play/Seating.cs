using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// The seats of a deal and who speaks each speech, shared by the matches dealt on the same thread from the same
/// scenario and seat specs with the same roles: a simulation deals thousands of matches from one seating, and these
/// values (immutable, compared by value) need not be made again for each. The roles are still drawn for every deal.
/// </summary>
internal static class Seating
{
    // Room for every combination of roles when there are few (each seat: no role or one of the scenario's).
    private const int MostCombinations = 1024;

    [ThreadStatic]
    private static Cache? last;

    /// <summary>Deals the roles from <paramref name="rng"/> and gives the seats and the speakers of each speech.</summary>
    public static (ImmutableArray<Seat> Seats, ImmutableArray<int> Speakers) Of(Scenario scenario, ReadOnlySpan<SeatSpec> seats, ref Rng rng)
    {
        Span<int> chosen = seats.Length <= 64 ? stackalloc int[seats.Length] : new int[seats.Length];
        MatchSetup.DealRoles(scenario, seats, ref rng, chosen);
        var cache = last;
        if (cache is null || !cache.Holds(scenario, seats))
        {
            cache = Cache.For(scenario, seats);
            last = cache;
        }

        var at = cache?.Slot(chosen) ?? -1;
        if (at >= 0 && cache!.Entries[at] is { } known)
        {
            return known;
        }

        var placed = MatchSetup.Placed(scenario, seats, chosen);
        var made = (placed, MatchSetup.Speakers(scenario, placed));
        if (at >= 0)
        {
            cache!.Entries[at] = made;
        }

        return made;
    }

    /// <summary>One seating's dealt seats, by the roles dealt; null where there would be too many combinations.</summary>
    private sealed class Cache(Scenario scenario, SeatSpec[] specs, int radix, int combinations)
    {
        public (ImmutableArray<Seat>, ImmutableArray<int>)?[] Entries { get; } = new (ImmutableArray<Seat>, ImmutableArray<int>)?[combinations];

        public static Cache? For(Scenario scenario, ReadOnlySpan<SeatSpec> seats)
        {
            var radix = scenario.Roles.Length + 1;
            long combinations = 1;
            for (var i = 0; i < seats.Length && combinations <= MostCombinations; i++)
            {
                combinations *= radix;
            }

            return combinations <= MostCombinations ? new Cache(scenario, seats.ToArray(), radix, (int)combinations) : null;
        }

        // The same scenario and the very same spec objects (immutable records), in the same order.
        public bool Holds(Scenario other, ReadOnlySpan<SeatSpec> seats)
        {
            if (!ReferenceEquals(scenario, other) || seats.Length != specs.Length)
            {
                return false;
            }

            for (var i = 0; i < seats.Length; i++)
            {
                if (!ReferenceEquals(seats[i], specs[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int Slot(ReadOnlySpan<int> chosen)
        {
            var at = 0;
            for (var i = chosen.Length - 1; i >= 0; i--)
            {
                at = (at * radix) + chosen[i] + 1;
            }

            return at;
        }
    }
}
