using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    private const ulong RoleStream = 0x526F6C6573UL;

    /// <summary>What is wrong with these seats for this scenario, or null when they are fine.</summary>
    public static string? Problem(Scenario scenario, IReadOnlyList<SeatSpec> seats)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(seats);
        return ProblemIn(scenario, Specs(seats));
    }

    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? ProblemIn(Scenario scenario, ReadOnlySpan<SeatSpec> seats)
    {
        foreach (var side in (ReadOnlySpan<Side>)[Side.Alliance, Side.Partnership])
        {
            var count = 0;
            for (var i = 0; i < seats.Length; i++)
            {
                count += seats[i].Side == side ? 1 : 0;
            }

            if (count is < 1 or > MaxSeatsPerSide)
            {
                return $"Side {side} has {count} seats; each side needs 1 to {MaxSeatsPerSide}.";
            }
        }

        for (var i = 0; i < seats.Length; i++)
        {
            var seat = seats[i];
            if (seat.RoleId is null)
            {
                continue;
            }

            var role = FindRole(scenario, seat.RoleId);
            if (role is null)
            {
                return $"Seat {seat.Name} asks for role '{seat.RoleId}', which the scenario does not have.";
            }

            if (role.Side != seat.Side)
            {
                return $"Role '{role.Id}' belongs to side {role.Side}, not {seat.Side}.";
            }
        }

        // The role named first among those given twice.
        for (var i = 0; i < seats.Length; i++)
        {
            for (var j = i + 1; seats[i].RoleId is not null && j < seats.Length; j++)
            {
                if (seats[j].RoleId == seats[i].RoleId)
                {
                    return $"Role '{seats[i].RoleId}' is given to more than one seat.";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Lays <paramref name="scenario"/> out for the engine now (its cards as indices, its phase table from the
    /// Stateless machine), which the first deal otherwise does: for a caller that counts the cost of its matches
    /// apart from the scenario's one-off set-up.
    /// </summary>
    public static void Prepare(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _ = scenario.Compiled;
    }

    /// <summary>Deals a new match. Throws <see cref="ArgumentException"/> when <see cref="Problem"/> finds one.</summary>
    public static Match Start(Scenario scenario, IReadOnlyList<SeatSpec> seats, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(seats);
        return Dealt(scenario, Specs(seats), seed);
    }

    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Match Dealt(Scenario scenario, ReadOnlySpan<SeatSpec> seats, ulong seed)
    {
        var problem = ProblemIn(scenario, seats);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(seats));
        }

        var c = scenario.Compiled;
        var rng = new Rng(seed);
        var alliance = Shuffled(c.AllianceDeck, ref rng);
        var partnership = Shuffled(c.PartnershipDeck, ref rng);
        var events = Shuffled(c.EventDeck, ref rng);

        // Roles draw from their own stream, so a replay that names the dealt roles gets the same decks.
        var roleRng = new Rng(seed ^ RoleStream);
        var (placed, speakers) = Seating.Of(scenario, seats, ref roleRng);
        var seatCount = placed.Length;

        // Where every hand comes from: each seat's deal, then each speech's draw, as runs of its side's pile.
        var speeches = scenario.Speeches;
        var length = 2 * (seatCount + speeches.Length);
        Span<short> runs = length <= 256 ? stackalloc short[length] : new short[length];
        Span<int> drawn = stackalloc int[2];
        for (var s = 0; s < seatCount; s++)
        {
            Run(runs, s, placed[s].Side, scenario.HandSize, alliance, partnership, drawn);
        }

        var dealt = (drawn[0], drawn[1]);
        for (var k = 0; k < speeches.Length; k++)
        {
            Run(runs, seatCount + k, placed[speakers[k]].Side, speeches[k].Speech.Draw, alliance, partnership, drawn);
        }

        var deal = new Deal(scenario, placed, seed, rng.State, speakers,
            CardRow.OfCards(alliance), CardRow.OfCards(partnership), CardRow.OfCards(events), new HandPlan(runs, placed, speakers, alliance, partnership));

        var entry = new SpeechEntry.State(null, dealt.Item1, dealt.Item2, 0, CardRow.Empty, 0);
        if (speeches.Length > 0)
        {
            entry = SpeechEntry.Enter(deal, 0, entry);
        }

        var width = c.BlocCount * 3;
        return new Match(
            deal, 0, entry.Time, 0, null, entry.AllianceDrawn, entry.PartnershipDrawn, entry.EventDrawn, entry.Events,
            new AppendLog<FloorEntry>(16), 0, new AppendLog<double>(width * speeches.Length), 0, null);
    }

    // The run of a side's pile that the next draw of `count` cards takes (fewer when the pile runs out).
    private static void Run(Span<short> runs, int at, Side side, int count, short[] alliance, short[] partnership, Span<int> drawn)
    {
        var pile = side == Side.Alliance ? alliance : partnership;
        var n = Math.Max(0, Math.Min(count, pile.Length - drawn[(int)side]));
        runs[2 * at] = (short)drawn[(int)side];
        runs[(2 * at) + 1] = (short)n;
        drawn[(int)side] += n;
    }

    /// <summary>Rebuilds the match a record started from, with the seats and roles as recorded.</summary>
    public static Match Restart(Scenario scenario, IReadOnlyList<Seat> seats, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var specs = new SeatSpec[seats.Count];
        for (var i = 0; i < specs.Length; i++)
        {
            specs[i] = new SeatSpec(seats[i].Name, seats[i].Side, seats[i].Controller, seats[i].RoleId, DealRole: false);
        }

        return Start(scenario, specs, seed);
    }

    // The seats as a span: read in place when they are an array or an immutable array (the simulations' games pass
    // one for every match), so the deal reads them without an interface call per seat; any other list is copied.
    private static ReadOnlySpan<SeatSpec> Specs(IReadOnlyList<SeatSpec> seats) => seats switch
    {
        SeatSpec[] array => array,
        ImmutableArray<SeatSpec> immutable => immutable.AsSpan(),
        List<SeatSpec> list => CollectionsMarshal.AsSpan(list),
        _ => seats.ToArray(),
    };

    private static Role? FindRole(Scenario scenario, string roleId)
    {
        foreach (var role in scenario.Roles)
        {
            if (role.Id == roleId)
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>
    /// Deals the free roles: writes into <paramref name="chosen"/> each seat's role, as an index into the scenario's roles
    /// (-1 for none), drawing from <paramref name="rng"/> as the deal always has.
    /// </summary>
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void DealRoles(Scenario scenario, ReadOnlySpan<SeatSpec> seats, ref Rng rng, Span<int> chosen)
    {
        // Free roles, by index in scenario order: those no seat asked for by name.
        var roles = scenario.Roles;
        Span<bool> taken = stackalloc bool[roles.Length];
        for (var r = 0; r < roles.Length; r++)
        {
            for (var i = 0; i < seats.Length && !taken[r]; i++)
            {
                taken[r] = seats[i].RoleId == roles[r].Id;
            }
        }

        Span<int> options = stackalloc int[roles.Length];
        for (var i = 0; i < seats.Length; i++)
        {
            var spec = seats[i];
            chosen[i] = spec.RoleId is null ? -1 : IndexOfRole(roles, spec.RoleId);
            if (spec.RoleId is null && spec.DealRole)
            {
                var count = 0;
                for (var r = 0; r < roles.Length; r++)
                {
                    if (!taken[r] && roles[r].Side == spec.Side)
                    {
                        options[count++] = r;
                    }
                }

                if (count > 0)
                {
                    var pick = options[rng.Next(count)];
                    taken[pick] = true;
                    chosen[i] = pick;
                }
            }
        }
    }

    /// <summary>The seats as dealt: each spec with its index and its role (<paramref name="chosen"/>, as <see cref="DealRoles"/> wrote it).</summary>
    internal static ImmutableArray<Seat> Placed(Scenario scenario, ReadOnlySpan<SeatSpec> seats, ReadOnlySpan<int> chosen)
    {
        var placed = new Seat[seats.Length];
        for (var i = 0; i < seats.Length; i++)
        {
            var spec = seats[i];
            placed[i] = new Seat(i, spec.Name, spec.Side, spec.Controller, spec.RoleId ?? (chosen[i] >= 0 ? scenario.Roles[chosen[i]].Id : null));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(placed);
    }

    private static int IndexOfRole(ImmutableArray<Role> roles, string roleId)
    {
        for (var r = 0; r < roles.Length; r++)
        {
            if (roles[r].Id == roleId)
            {
                return r;
            }
        }

        return -1;
    }

    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static short[] Shuffled(short[] deck, ref Rng rng)
    {
        // A copy through a span, not Clone: Clone allocates through the runtime's general object copy, which perf
        // of simulate put at about 1.5% of a match (the allocator's fast path and one memory copy here).
        var cards = deck.AsSpan().ToArray();
        rng.Shuffle(cards);
        return cards;
    }

    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ImmutableArray<int> Speakers(Scenario scenario, ImmutableArray<Seat> seats)
    {
        var speeches = scenario.Speeches;
        var speakers = new int[speeches.Length];
        Span<int> given = stackalloc int[2];
        Span<int> ofSide = stackalloc int[seats.Length];
        for (var i = 0; i < speakers.Length; i++)
        {
            var side = speeches[i].Speech.Side;
            var count = 0;
            foreach (var seat in seats)
            {
                if (seat.Side == side)
                {
                    ofSide[count++] = seat.Index;
                }
            }

            speakers[i] = ofSide[given[(int)side]++ % count];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(speakers);
    }
}
