using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Tests.Builders;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;

namespace Debate.Core.Tests.Audience;

/// <summary>Votes that sum to 100 and pressure differences from small to huge, both signs.</summary>
public static class AudienceArbitraries
{
    public static Arbitrary<Vote> Votes() =>
        Arb.From(Gen.Choose(0, 10_000).SelectMany(f => Gen.Choose(0, 10_000 - f).Select(a => new Vote(f / 100.0, a / 100.0, (10_000 - f - a) / 100.0))));

    public static Arbitrary<double> Differences() =>
        Arb.From(Gen.Frequency(
            (6, Gen.Choose(-2_000, 2_000).Select(i => i / 10.0)),
            (2, Gen.Choose(-1_000_000, 1_000_000).Select(i => (double)i)),
            (1, Gen.Elements(0.0, 1e-9, -1e-9, 1e12, -1e12))));
}

public sealed class AudienceModelPropertyTests
{
    private const double Rounding = 1e-9;

    // Within [0, 100] and summing to 100, up to floating-point rounding.
    private static bool Valid(Vote v) =>
        InRoom(v.For) && InRoom(v.Against) && InRoom(v.Undecided) && Math.Abs(v.For + v.Against + v.Undecided - 100) < Rounding;

    private static bool InRoom(double share) => share >= -Rounding && share <= 100 + Rounding;

    [Property(Arbitrary = [typeof(AudienceArbitraries)], MaxTest = 500, Replay = PropertySeed.Replay)]
    public Property Move_KeepsEverySplitWithinTheRoomAndSummingTo100(Vote vote, double difference)
    {
        var moved = AudienceModel.Move(vote, difference);

        return Valid(moved).Label($"{vote} by {difference} -> {moved}");
    }

    [Property(Arbitrary = [typeof(AudienceArbitraries)], MaxTest = 500, Replay = PropertySeed.Replay)]
    public Property Move_LeansTowardsTheSideWithMorePressure(Vote vote, double difference)
    {
        var moved = AudienceModel.Move(vote, difference);

        var ok = difference switch
        {
            > 0 => moved.For >= vote.For && moved.Against <= vote.Against && moved.Undecided <= vote.Undecided,
            < 0 => moved.Against >= vote.Against && moved.For <= vote.For && moved.Undecided <= vote.Undecided,
            _ => moved == vote,
        };
        return ok.Label($"{vote} by {difference} -> {moved}");
    }

    [Property(Arbitrary = [typeof(AudienceArbitraries)], MaxTest = 500, Replay = PropertySeed.Replay)]
    public Property Move_MorePressureNeverMovesLess(Vote vote, double a, double b)
    {
        var (low, high) = a <= b ? (a, b) : (b, a);

        var lower = AudienceModel.Move(vote, low);
        var higher = AudienceModel.Move(vote, high);

        return (higher.For >= lower.For && higher.Against <= lower.Against).Label($"{vote}: {low} -> {lower}, {high} -> {higher}");
    }

    [Property(Arbitrary = [typeof(AudienceArbitraries)], MaxTest = 300, Replay = PropertySeed.Replay)]
    public Property Move_IsSymmetricBetweenTheSides(Vote vote, double difference)
    {
        var mirrored = new Vote(vote.Against, vote.For, vote.Undecided);

        var moved = AudienceModel.Move(vote, difference);
        var mirror = AudienceModel.Move(mirrored, -difference);

        return (Math.Abs(moved.For - mirror.Against) < 1e-9 && Math.Abs(moved.Against - mirror.For) < 1e-9)
            .Label($"{vote} by {difference}");
    }

    [Property(Arbitrary = [typeof(AudienceArbitraries)], MaxTest = 300, Replay = PropertySeed.Replay)]
    public Property Move_RepeatedOneHundredTimes_StaysWithinTheRoom(Vote vote, double difference)
    {
        var moved = vote;
        for (var i = 0; i < 100; i++)
        {
            moved = AudienceModel.Move(moved, difference);
        }

        return Valid(moved).Label($"{vote} by {difference} x100 -> {moved}");
    }
}
