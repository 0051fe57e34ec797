using Debate.Core.Play;
using NUnit.Framework;

namespace Debate.Core.Tests.Builders;

/// <summary>Assertions shared by the rules tests.</summary>
public static class Expect
{
    /// <summary>The move is refused with this code and reason, and the very same match comes back.</summary>
    public static void Rejected(Match match, Move move, RejectionCode code, string reason)
    {
        var result = Rules.Apply(match, move);

        Assert.Multiple(() =>
        {
            Assert.That(result.Accepted, Is.False);
            Assert.That(result.Rejection!.Code, Is.EqualTo(code));
            Assert.That(result.Rejection.Reason, Is.EqualTo(reason));
            Assert.That(result.Match, Is.SameAs(match));
            Assert.That(result.Happenings, Is.Empty);
            Assert.That(Rules.Check(match, move), Is.EqualTo(result.Rejection));
            Assert.That(Rules.LegalMoves(match), Does.Not.Contain(move));
        });
    }

    /// <summary>The move is accepted; the next match comes back.</summary>
    public static Match Accepted(Match match, Move move)
    {
        var result = Rules.Apply(match, move);
        Assert.That(result.Accepted, Is.True, result.Rejection?.Reason);
        Assert.That(Rules.LegalMoves(match), Does.Contain(move));
        return result.Match;
    }
}
