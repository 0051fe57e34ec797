namespace Debate.Core.Play;

/// <summary>
/// An append-only buffer shared by the matches of one line of play, so that a match one longer than
/// its parent costs no copy: each match sees only its own first <c>count</c> items, which never
/// change. The first match to extend a given length claims the slot; any other extension of the
/// same length (a branch of a search) copies. Immutable to every reader.
/// </summary>
internal sealed class AppendLog<T>
{
    private readonly T[] items;
    private int claimed;

    public AppendLog(int capacity) => items = new T[Math.Max(4, capacity)];

    private AppendLog(T[] items, int claimed)
    {
        this.items = items;
        this.claimed = claimed;
    }

    public T this[int index] => items[index];

    /// <summary>The first <paramref name="count"/> items.</summary>
    public ReadOnlySpan<T> Span(int count) => items.AsSpan(0, count);

    /// <summary>A log whose first <paramref name="count"/> items are these, then <paramref name="item"/>.</summary>
    public AppendLog<T> Append(int count, T item)
    {
        // A plain read first: a branch (the slot already claimed) then skips the locked exchange.
        if (count < items.Length && Volatile.Read(ref claimed) == count && Interlocked.CompareExchange(ref claimed, count + 1, count) == count)
        {
            items[count] = item;
            return this;
        }

        var copy = new T[Grown(count + 1)];
        Array.Copy(items, copy, count);
        copy[count] = item;
        return new AppendLog<T>(copy, count + 1);
    }

    /// <summary>A log whose first <paramref name="count"/> items are these, then <paramref name="more"/>.</summary>
    public AppendLog<T> Append(int count, ReadOnlySpan<T> more)
    {
        if (count + more.Length <= items.Length && Volatile.Read(ref claimed) == count
            && Interlocked.CompareExchange(ref claimed, count + more.Length, count) == count)
        {
            more.CopyTo(items.AsSpan(count));
            return this;
        }

        var copy = new T[Grown(count + more.Length)];
        Array.Copy(items, copy, count);
        more.CopyTo(copy.AsSpan(count));
        return new AppendLog<T>(copy, count + more.Length);
    }

    // A branch keeps its parent's capacity, doubling only when it needs more room: sizing each copy from
    // the capacity of the log it copies would double it at every branch down a line of play (a debater
    // trying each move before making one), so a match of 20 moves could carry a log of a million slots.
    private int Grown(int needed) => needed <= items.Length ? items.Length : Math.Max(needed, items.Length * 2);

    /// <summary>A log of these items, with room to grow.</summary>
    public static AppendLog<T> Of(ReadOnlySpan<T> values, int capacity)
    {
        var items = new T[Math.Max(Math.Max(4, capacity), values.Length)];
        values.CopyTo(items);
        return new AppendLog<T>(items, values.Length);
    }
}
