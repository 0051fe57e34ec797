using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// An argument on the floor as the engine keeps it, in ten bytes: the card by index, what it
/// supports or attacks (0 for nothing), the speech it was made in, who made it, its kind, and
/// whether it is a rebuttal that names its target (a direct answer, one stronger).
/// <see cref="Argument"/> is its public face.
/// </summary>
internal readonly struct FloorEntry(short card, Side side, byte seat, CardKind kind, bool direct, int target, int speech)
{
    private readonly short target = (short)target;
    private readonly short speech = (short)speech;
    private readonly byte side = (byte)side;
    private readonly byte kind = (byte)kind;

    public short Card { get; } = card;

    public byte Seat { get; } = seat;

    public bool Direct { get; } = direct;

    public Side Side => (Side)side;

    public CardKind Kind => (CardKind)kind;

    /// <summary>The argument supported or attacked (its id, from 1), or 0.</summary>
    public int Target => target;

    public int Speech => speech;

    /// <summary>Claims and rebuttals can be attacked and weigh with the audience.</summary>
    public bool IsContestable => (CardKind)kind is CardKind.Claim or CardKind.Rebuttal;
}
