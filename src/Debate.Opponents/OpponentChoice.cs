using Debate.Core.Play;

namespace Debate.Opponents;

/// <summary>
/// An opponent's move and, optionally, the line it says to explain it; <see cref="More"/> holds
/// figures a curious reader may open (the champion's search statistics), kept out of the reason.
/// </summary>
public sealed record OpponentChoice
{
    // A reason worked out when first read: simulations that play thousands of games never read one,
    // so they never pay for the move's preview and its sentence. What is read is what was said.
    private readonly Lazy<string?>? pending;
    private readonly string? reason;

    /// <summary>A move with its reason (if any) and its figures (if any).</summary>
    public OpponentChoice(Move Move, string? Reason, string? More = null)
    {
        this.Move = Move;
        reason = Reason;
        this.More = More;
    }

    /// <summary>A move whose reason is written by <paramref name="reason"/> the first time someone reads it.</summary>
    internal OpponentChoice(Move move, Func<string?> reason, string? more = null)
    {
        Move = move;
        pending = new Lazy<string?>(reason);
        More = more;
    }

    /// <summary>The move chosen.</summary>
    public Move Move { get; init; }

    /// <summary>The line the opponent says to explain its move, or null.</summary>
    public string? Reason
    {
        get => pending is null ? reason : pending.Value;
        init => (reason, pending) = (value, null);
    }

    /// <summary>Figures a curious reader may open, or null.</summary>
    public string? More { get; init; }

    /// <summary>The same choice with its reason (when read) after <paramref name="prefix"/>.</summary>
    internal OpponentChoice Prefixed(string prefix) => new(Move, () => prefix + Reason, More);

    /// <inheritdoc/>
    public bool Equals(OpponentChoice? other) =>
        other is not null && Move == other.Move && Reason == other.Reason && More == other.More;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Move, Reason, More);

    /// <summary>The move, the reason and the figures.</summary>
    public void Deconstruct(out Move Move, out string? Reason, out string? More) => (Move, Reason, More) = (this.Move, this.Reason, this.More);
}
