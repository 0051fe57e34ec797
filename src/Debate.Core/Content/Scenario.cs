using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Debate.Core.Content;

/// <summary>
/// Everything a match is played from: the motion, the cards (events included), the audience, the
/// roles, the phase script and the personas. Immutable and shared by every match built from it.
/// </summary>
public sealed class Scenario
{
    private readonly FrozenDictionary<CardId, Card> cardsById;
    private Play.CompiledScenario? compiled;
    private string? contentHash;

    /// <summary>Builds a scenario; content is assumed validated (the loader reports problems with lines).</summary>
    public Scenario(
        string id,
        string title,
        Motion motion,
        int handSize,
        ImmutableArray<Theme> themes,
        ImmutableArray<Card> cards,
        ImmutableArray<Bloc> blocs,
        ImmutableArray<Role> roles,
        ImmutableArray<Phase> phases,
        ImmutableArray<Persona> personas,
        ImmutableArray<RubricCriterion> rubric)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(motion);
        Id = id;
        Title = title;
        Motion = motion;
        HandSize = handSize;
        Themes = themes;
        Cards = cards;
        Blocs = blocs;
        Roles = roles;
        Phases = phases;
        Personas = personas;
        Rubric = rubric;
        cardsById = cards.ToFrozenDictionary(c => c.Id);
        Speeches = SpeechOrder.Unroll(phases);
    }

    /// <summary>Short stable id, such as <c>alliance-or-partnership</c>.</summary>
    public string Id { get; }

    /// <summary>Human title.</summary>
    public string Title { get; }

    /// <summary>
    /// What the scenario is for and what its author wants an instructor to know before using it (for
    /// example, how the cards relate to the sources' own views); empty when the file gives none. Not
    /// part of <see cref="ContentHash"/>: it does not affect play.
    /// </summary>
    public string Description { get; init; } = "";

    /// <summary>The motion and each side's case.</summary>
    public Motion Motion { get; }

    /// <summary>Cards dealt to each seat at the start.</summary>
    public int HandSize { get; }

    /// <summary>Declared themes.</summary>
    public ImmutableArray<Theme> Themes { get; }

    /// <summary>Every card, events included.</summary>
    public ImmutableArray<Card> Cards { get; }

    /// <summary>Audience blocs.</summary>
    public ImmutableArray<Bloc> Blocs { get; }

    /// <summary>Role sheets.</summary>
    public ImmutableArray<Role> Roles { get; }

    /// <summary>The phase script as written.</summary>
    public ImmutableArray<Phase> Phases { get; }

    /// <summary>The phase script unrolled: every speech in order.</summary>
    public ImmutableArray<SpeechSlot> Speeches { get; }

    /// <summary>Opponent personas an instructor wrote.</summary>
    public ImmutableArray<Persona> Personas { get; }

    /// <summary>Assessment rubric (empty means the default rubric).</summary>
    public ImmutableArray<RubricCriterion> Rubric { get; }

    /// <summary>A hash of the content: a saved match names it so that a changed scenario is detected.</summary>
    // Worked out when first asked for: a batch of bot games never asks, and the hash (SHA-256 through the
    // platform's crypto library, loaded for it) cost every run's start. The content cannot change, so two
    // threads asking at once work out the same text.
    public string ContentHash => contentHash ??= ScenarioHash.Of(this);

    /// <summary>The scenario laid out for the engine, built when a match first needs it.</summary>
    internal Play.CompiledScenario Compiled => compiled ?? Compile();

    /// <summary>The card with this id.</summary>
    public Card Card(CardId id) => cardsById[id];

    /// <summary>The card with this id, if any.</summary>
    public bool TryGetCard(CardId id, out Card card) => cardsById.TryGetValue(id, out card!);

    /// <summary>Cards of the world deck.</summary>
    public IEnumerable<Card> Events => Cards.Where(c => c.Kind == CardKind.Event);

    /// <summary>The deck a side draws from: its own cards and the Either cards (events excluded).</summary>
    public IEnumerable<Card> DeckOf(Side side) =>
        Cards.Where(c => c.Kind != CardKind.Event && c.Side.PlayableBy(side));

    // Built once, out of line, so that reading Compiled stays a field read that callers inline.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Play.CompiledScenario Compile() => compiled ??= new Play.CompiledScenario(this);
}
