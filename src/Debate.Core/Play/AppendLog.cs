using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Debate.Core.Play;

/// <summary>
/// An append-only buffer shared by the matches of one line of play, so that a match one longer than
/// its parent costs no copy: each match sees only its own first <c>count</c> items, which never
/// change. The first match to extend a given length claims the slot; an extension of the same length
/// by the very same items (a search going down a line it has been down before) shares the slot too;
/// any other extension (a branch) copies. Immutable to every reader.
/// </summary>
/// <remarks>
/// The log is its one array: slot 0 holds two counters (how far the slots are claimed, how far they
/// are written) and the items follow from slot 1. A branch, made for every new move a search tries,
/// then allocates one object rather than an array and a header object pointing to it, and a reader
/// reaches the items with one load fewer. Items are 8 bytes or more (floor entries, doubles), so the
/// two counters fit in slot 0.
/// </remarks>
internal readonly struct AppendLog<T>
    where T : unmanaged
{
    private readonly T[] slots;

    public AppendLog(int capacity)
    {
        RoomForCounters();
        slots = new T[Math.Max(4, capacity) + 1];
    }

    private AppendLog(T[] slots, int count)
    {
        RoomForCounters();
        this.slots = slots;
        Claimed = count;
        Written = count;
    }

    /// <summary>Whether this is the default value, a log of no array (a match made from outside has none until it is first read).</summary>
    public bool IsDefault => slots is null;

    public T this[int index] => slots[index + 1];

    private int Capacity => slots.Length - 1;

    // How far the slots are claimed: a claim moves it on by compare-and-exchange.
    private ref int Claimed => ref Unsafe.As<T, int>(ref slots[0]);

    // How far the items are written: a slot is compared with another extension only once its writer has
    // finished (claims follow one another along a line, so this only grows).
    private ref int Written => ref Unsafe.Add(ref Unsafe.As<T, int>(ref slots[0]), 1);

    /// <summary>The first <paramref name="count"/> items.</summary>
    public ReadOnlySpan<T> Span(int count) => slots.AsSpan(1, count);

    /// <summary>A log whose first <paramref name="count"/> items are these, then <paramref name="item"/>.</summary>
    public AppendLog<T> Append(int count, T item)
    {
        if (count < Capacity)
        {
            // A plain read first: a branch (the slot already claimed) then skips the locked exchange.
            if (Volatile.Read(ref Claimed) == count && Interlocked.CompareExchange(ref Claimed, count + 1, count) == count)
            {
                slots[count + 1] = item;
                Volatile.Write(ref Written, count + 1);
                return this;
            }

            if (Volatile.Read(ref Written) > count && Same(slots.AsSpan(count + 1, 1), new ReadOnlySpan<T>(in item)))
            {
                return this;
            }
        }

        var copy = new T[Grown(count + 1) + 1];
        Span(count).CopyTo(copy.AsSpan(1));
        copy[count + 1] = item;
        return new AppendLog<T>(copy, count + 1);
    }

    /// <summary>A log whose first <paramref name="count"/> items are these, then <paramref name="more"/>.</summary>
    public AppendLog<T> Append(int count, ReadOnlySpan<T> more)
    {
        var end = count + more.Length;
        if (end <= Capacity)
        {
            if (Volatile.Read(ref Claimed) == count && Interlocked.CompareExchange(ref Claimed, end, count) == count)
            {
                more.CopyTo(slots.AsSpan(count + 1));
                Volatile.Write(ref Written, end);
                return this;
            }

            if (Volatile.Read(ref Written) >= end && Same(slots.AsSpan(count + 1, more.Length), more))
            {
                return this;
            }
        }

        var copy = new T[Grown(end) + 1];
        Span(count).CopyTo(copy.AsSpan(1));
        more.CopyTo(copy.AsSpan(count + 1));
        return new AppendLog<T>(copy, end);
    }

    /// <summary>A log of these items, with room to grow.</summary>
    public static AppendLog<T> Of(ReadOnlySpan<T> values, int capacity)
    {
        RoomForCounters();
        var slots = new T[Math.Max(Math.Max(4, capacity), values.Length) + 1];
        values.CopyTo(slots.AsSpan(1));
        return new AppendLog<T>(slots, values.Length);
    }

    // A constant for each item type: the check costs nothing where it passes.
    private static void RoomForCounters()
    {
        if (Unsafe.SizeOf<T>() < 2 * sizeof(int))
        {
            throw new NotSupportedException($"An append log keeps its counters in its first slot: {typeof(T).Name} is too small for them.");
        }
    }

    // The same bits, not merely equal values (0.0 and -0.0 are equal doubles): a match that shares the
    // slot must hold exactly what a copy would.
    private static bool Same(ReadOnlySpan<T> slot, ReadOnlySpan<T> wanted) =>
        MemoryMarshal.AsBytes(slot).SequenceEqual(MemoryMarshal.AsBytes(wanted));

    // A branch keeps its parent's capacity, doubling only when it needs more room: sizing each copy from
    // the capacity of the log it copies would double it at every branch down a line of play (a debater
    // trying each move before making one), so a match of 20 moves could carry a log of a million slots.
    private int Grown(int needed) => needed <= Capacity ? Capacity : Math.Max(needed, Capacity * 2);
}
