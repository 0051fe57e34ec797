using System.Runtime.CompilerServices;

namespace Debate.Core.Play;

// Fixed-size buffers for the hot paths, held as locals: a stackalloc of run-time size makes the JIT
// compile its method straight to full optimisation (no tiering, no profile), with a stack probe and a
// security cookie per call, and spill most locals. A caller takes a span of the length it needs and
// falls back to an array when the position is larger than these (never in the built-in scenarios).

/// <summary>Four 64-bit words: a row of bits by card index for scenarios of up to 256 cards.</summary>
[InlineArray(4)]
internal struct FourWords
{
    private ulong word;
}

/// <summary>64 ints: the contestable arguments of one side, for floors of up to 64 arguments.</summary>
[InlineArray(64)]
internal struct Ints64
{
    private int item;
}

/// <summary>256 ints: the card moves of one listing.</summary>
[InlineArray(256)]
internal struct Ints256
{
    private int item;
}
