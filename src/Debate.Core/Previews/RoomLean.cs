using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Previews;

/// <summary>
/// What ending a speech does to the room: every bloc leans by the pressure it feels, or, before the
/// room has heard both sides, it waits. <see cref="Towards"/> is the side the room as a whole moves
/// to (null when it holds still or waits), by the same measure the match log reports.
/// </summary>
public sealed record RoomLean(bool Leans, ImmutableArray<Vote> Before, ImmutableArray<Vote> After, Side? Towards, bool ClosesDebate)
{
    /// <summary>A net move of the room (for minus against, summed over blocs) smaller than this holds still.</summary>
    public const double Still = 0.05;

    /// <summary>The side the room moves towards from <paramref name="before"/> to <paramref name="after"/>, or null when it holds still.</summary>
    public static Side? Direction(ImmutableArray<Vote> before, ImmutableArray<Vote> after)
    {
        var delta = 0.0;
        for (var i = 0; i < before.Length; i++)
        {
            delta += (after[i].For - after[i].Against) - (before[i].For - before[i].Against);
        }

        return delta > Still ? Side.Alliance : delta < -Still ? Side.Partnership : null;
    }
}
