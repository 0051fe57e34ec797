using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// What a match is dealt with and keeps to the end: the scenario, the seats, the seed and the
/// generator's state after the deal, who speaks each speech, and the order of the three decks.
/// Shared by every position of the match, so a move copies none of it.
/// </summary>
internal sealed class Deal(
    Scenario scenario,
    ImmutableArray<Seat> seats,
    ulong seed,
    ulong rngState,
    ImmutableArray<int> speakerBySpeech,
    CardRow alliancePile,
    CardRow partnershipPile,
    CardRow eventPile,
    HandPlan? plan = null)
{
    private ImmutableArray<Seat>[]? masked;
    private ImmutableArray<string?> titles;

    /// <summary>Before any property is set (an object initializer fills it in).</summary>
    public static Deal Blank { get; } = new(null!, [], 0, 0, [], CardRow.Empty, CardRow.Empty, CardRow.Empty);

    public Scenario Scenario { get; } = scenario;

    public ImmutableArray<Seat> Seats { get; } = seats;

    public ulong Seed { get; } = seed;

    public ulong RngState { get; } = rngState;

    public ImmutableArray<int> SpeakerBySpeech { get; } = speakerBySpeech;

    public CardRow AlliancePile { get; } = alliancePile;

    public CardRow PartnershipPile { get; } = partnershipPile;

    public CardRow EventPile { get; } = eventPile;

    /// <summary>Where each hand comes from, for a match dealt by the rules; null when hands are given outright.</summary>
    public HandPlan? Plan { get; } = plan;

    public CompiledScenario Compiled => Scenario.Compiled;

    public CardRow PileOf(Side side) => side == Side.Alliance ? AlliancePile : PartnershipPile;

    /// <summary>A copy with some parts replaced (an initializer or a <c>with</c> on the match); it has no hand plan.</summary>
    public Deal With(
        Scenario? scenario = null, ImmutableArray<Seat>? seats = null, ulong? seed = null, ulong? rngState = null,
        ImmutableArray<int>? speakerBySpeech = null, CardRow? alliancePile = null, CardRow? partnershipPile = null, CardRow? eventPile = null) =>
        new(scenario ?? Scenario, seats ?? Seats, seed ?? Seed, rngState ?? RngState, speakerBySpeech ?? SpeakerBySpeech,
            alliancePile ?? AlliancePile, partnershipPile ?? PartnershipPile, eventPile ?? EventPile);

    /// <summary>The seats as <paramref name="seat"/> sees them: other seats' roles hidden (their titles are public).</summary>
    public ImmutableArray<Seat> SeatsSeenBy(int seat)
    {
        var cache = masked ??= new ImmutableArray<Seat>[Seats.Length];
        if (cache[seat].IsDefault)
        {
            var list = new Seat[Seats.Length];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = i == seat || Seats[i].RoleId is null ? Seats[i] : Seats[i] with { RoleId = null };
            }

            cache[seat] = [.. list];
        }

        return cache[seat];
    }

    /// <summary>Each seat's role title (public), or null for a seat without a role.</summary>
    public ImmutableArray<string?> RoleTitles
    {
        get
        {
            if (titles.IsDefault)
            {
                var list = new string?[Seats.Length];
                for (var i = 0; i < list.Length; i++)
                {
                    list[i] = RoleOf(i)?.Title;
                }

                titles = [.. list];
            }

            return titles;
        }
    }

    /// <summary>The role dealt to a seat, if any.</summary>
    public Role? RoleOf(int seat)
    {
        var roleId = Seats[seat].RoleId;
        if (roleId is null)
        {
            return null;
        }

        foreach (var role in Scenario.Roles)
        {
            if (role.Id == roleId)
            {
                return role;
            }
        }

        return null;
    }
}
