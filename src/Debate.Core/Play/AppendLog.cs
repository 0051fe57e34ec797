using System.Runtime.InteropServices;

namespace Debate.Core.Play;

/// <summary>
/// An append-only buffer shared by the matches of one line of play, so that a match one longer than
/// its parent costs no copy: each match sees only its own first <c>count</c> items, which never
/// change. The first match to extend a given length claims the slot; an extension of the same length
/// by the very same items (a search going down a line it has been down before) shares the slot too;
/// any other extension (a branch) copies. Immutable to every reader.
/// </summary>
internal sealed class AppendLog<T>
    where T : unmanaged
{
    private readonly T[] items;
    private int claimed;

    // How far the items are written: a slot is compared with another extension only once its writer has
    // finished (claims follow one another along a line, so this only grows).
    private int written;

    public AppendLog(int capacity) => items = new T[Math.Max(4, capacity)];

    private AppendLog(T[] items, int count)
    {
        this.items = items;
        claimed = count;
        written = count;
    }

    public T this[int index] => items[index];

    /// <summary>The first <paramref name="count"/> items.</summary>
    public ReadOnlySpan<T> Span(int count) => items.AsSpan(0, count);

    /// <summary>A log whose first <paramref name="count"/> items are these, then <paramref name="item"/>.</summary>
    public AppendLog<T> Append(int count, T item)
    {
        if (count < items.Length)
        {
            // A plain read first: a branch (the slot already claimed) then skips the locked exchange.
            if (Volatile.Read(ref claimed) == count && Interlocked.CompareExchange(ref claimed, count + 1, count) == count)
            {
                items[count] = item;
                Volatile.Write(ref written, count + 1);
                return this;
            }

            if (Volatile.Read(ref written) > count && Same(items.AsSpan(count, 1), new ReadOnlySpan<T>(in item)))
            {
                return this;
            }
        }

        var copy = new T[Grown(count + 1)];
        Array.Copy(items, copy, count);
        copy[count] = item;
        return new AppendLog<T>(copy, count + 1);
    }

    /// <summary>A log whose first <paramref name="count"/> items are these, then <paramref name="more"/>.</summary>
    public AppendLog<T> Append(int count, ReadOnlySpan<T> more)
    {
        var end = count + more.Length;
        if (end <= items.Length)
        {
            if (Volatile.Read(ref claimed) == count && Interlocked.CompareExchange(ref claimed, end, count) == count)
            {
                more.CopyTo(items.AsSpan(count));
                Volatile.Write(ref written, end);
                return this;
            }

            if (Volatile.Read(ref written) >= end && Same(items.AsSpan(count, more.Length), more))
            {
                return this;
            }
        }

        var copy = new T[Grown(end)];
        Array.Copy(items, copy, count);
        more.CopyTo(copy.AsSpan(count));
        return new AppendLog<T>(copy, end);
    }

    /// <summary>A log of these items, with room to grow.</summary>
    public static AppendLog<T> Of(ReadOnlySpan<T> values, int capacity)
    {
        var items = new T[Math.Max(Math.Max(4, capacity), values.Length)];
        values.CopyTo(items);
        return new AppendLog<T>(items, values.Length);
    }

    // The same bits, not merely equal values (0.0 and -0.0 are equal doubles): a match that shares the
    // slot must hold exactly what a copy would.
    private static bool Same(ReadOnlySpan<T> slot, ReadOnlySpan<T> wanted) =>
        MemoryMarshal.AsBytes(slot).SequenceEqual(MemoryMarshal.AsBytes(wanted));

    // A branch keeps its parent's capacity, doubling only when it needs more room: sizing each copy from
    // the capacity of the log it copies would double it at every branch down a line of play (a debater
    // trying each move before making one), so a match of 20 moves could carry a log of a million slots.
    private int Grown(int needed) => needed <= items.Length ? items.Length : Math.Max(needed, items.Length * 2);
}
