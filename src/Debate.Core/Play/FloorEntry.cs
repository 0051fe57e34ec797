using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// An argument on the floor as the engine keeps it, in eight bytes: the card by index, what it
/// supports or attacks (0 for nothing), the speech it was made in, who made it, and in one byte its
/// side, its kind and whether it is a rebuttal that names its target (a direct answer, one stronger).
/// Eight bytes rather than ten because a search copies floors when it branches, and every listing
/// of moves and every lean reads them all. <see cref="Argument"/> is its public face.
/// </summary>
internal readonly struct FloorEntry(short card, Side side, byte seat, CardKind kind, bool direct, int target, int speech)
{
    private const int KindShift = 1;
    private const int DirectBit = 0x10;

    // Declared widest first: a struct keeps its fields in this order, so any other order pads it to ten bytes.
    private readonly short card = card;
    private readonly short target = (short)target;
    private readonly short speech = (short)speech;
    private readonly byte seat = seat;
    private readonly byte flags = (byte)(((int)side & 1) | (((int)kind & 3) << KindShift) | (direct ? DirectBit : 0));

    public short Card => card;

    public byte Seat => seat;

    public bool Direct => (flags & DirectBit) != 0;

    public Side Side => (Side)(flags & 1);

    public CardKind Kind => (CardKind)((flags >> KindShift) & 3);

    /// <summary>The argument supported or attacked (its id, from 1), or 0.</summary>
    public int Target => target;

    public int Speech => speech;

    /// <summary>Claims and rebuttals can be attacked and weigh with the audience.</summary>
    public bool IsContestable => Kind is CardKind.Claim or CardKind.Rebuttal;
}
