using Debate.Core.Adjudication;
using NUnit.Framework;
using static Debate.Core.Adjudication.Label;

namespace Debate.Core.Tests.Adjudication;

public sealed class GroundedExtensionTests
{
    private static Defeat D(int attacker, int target) => new(attacker, target, true);

    private static Defeat Fails(int attacker, int target) => new(attacker, target, false);

    [Test]
    public void Compute_NoNodes_IsEmpty()
    {
        Assert.That(GroundedExtension.Compute(0, []), Is.Empty);
    }

    [Test]
    public void Compute_AnUnattackedNode_Stands()
    {
        Assert.That(GroundedExtension.Compute(1, []), Is.EqualTo(new[] { Standing }));
    }

    [Test]
    public void Compute_ASimpleDefeat_DefeatsTheTarget()
    {
        Assert.That(GroundedExtension.Compute(2, [D(1, 0)]), Is.EqualTo(new[] { Defeated, Standing }));
    }

    [Test]
    public void Compute_AFailedAttackByAWeakerAttacker_LeavesBothStanding()
    {
        Assert.That(GroundedExtension.Compute(2, [Fails(1, 0)]), Is.EqualTo(new[] { Standing, Standing }));
    }

    [Test]
    public void Compute_Reinstatement_AStandsBecauseCDefeatsB()
    {
        // A(0) attacked by B(1), B attacked by C(2).
        Assert.That(GroundedExtension.Compute(3, [D(1, 0), D(2, 1)]), Is.EqualTo(new[] { Standing, Defeated, Standing }));
    }

    [Test]
    public void Compute_AnOddCycle_LeavesAllThreeUndecided()
    {
        Assert.That(GroundedExtension.Compute(3, [D(0, 1), D(1, 2), D(2, 0)]), Is.EqualTo(new[] { Undecided, Undecided, Undecided }));
    }

    [Test]
    public void Compute_AnEvenCycle_LeavesBothUndecided()
    {
        Assert.That(GroundedExtension.Compute(2, [D(0, 1), D(1, 0)]), Is.EqualTo(new[] { Undecided, Undecided }));
    }

    [Test]
    public void Compute_AFourCycle_LeavesAllUndecided()
    {
        Assert.That(GroundedExtension.Compute(4, [D(0, 1), D(1, 2), D(2, 3), D(3, 0)]), Is.All.EqualTo(Undecided));
    }

    [Test]
    public void Compute_ASelfAttack_IsUndecided()
    {
        Assert.That(GroundedExtension.Compute(1, [D(0, 0)]), Is.EqualTo(new[] { Undecided }));
    }

    [Test]
    public void Compute_ASelfAttackerDefeatedFromOutside_IsDefeatedAndReinstatesItsTarget()
    {
        // 1 attacks itself and 0; 2 defeats 1.
        Assert.That(GroundedExtension.Compute(3, [D(1, 1), D(1, 0), D(2, 1)]), Is.EqualTo(new[] { Standing, Defeated, Standing }));
    }

    [Test]
    public void Compute_ANodeAttackedOnlyByASelfAttacker_IsUndecided()
    {
        Assert.That(GroundedExtension.Compute(2, [D(1, 1), D(1, 0)]), Is.EqualTo(new[] { Undecided, Undecided }));
    }

    [Test]
    public void Compute_AChainOfFour_AlternatesFromItsUnattackedEnd()
    {
        // 0 <- 1 <- 2 <- 3.
        Assert.That(GroundedExtension.Compute(4, [D(1, 0), D(2, 1), D(3, 2)]), Is.EqualTo(new[] { Defeated, Standing, Defeated, Standing }));
    }

    [Test]
    public void Compute_AChainListedBackwards_GivesTheSameLabels()
    {
        Assert.That(GroundedExtension.Compute(4, [D(3, 2), D(2, 1), D(1, 0)]), Is.EqualTo(new[] { Defeated, Standing, Defeated, Standing }));
    }

    [Test]
    public void Compute_ANodeWithTwoStandingAttackers_IsDefeated()
    {
        Assert.That(GroundedExtension.Compute(3, [D(1, 0), D(2, 0)]), Is.EqualTo(new[] { Defeated, Standing, Standing }));
    }

    [Test]
    public void Compute_ANodeWithOneOfTwoAttackersDefeated_IsStillDefeated()
    {
        Assert.That(GroundedExtension.Compute(4, [D(1, 0), D(2, 0), D(3, 2)]), Is.EqualTo(new[] { Defeated, Standing, Defeated, Standing }));
    }

    [Test]
    public void Compute_ANodeWithBothAttackersDefeated_IsReinstated()
    {
        Assert.That(GroundedExtension.Compute(4, [D(1, 0), D(2, 0), D(3, 1), D(3, 2)]), Is.EqualTo(new[] { Standing, Defeated, Defeated, Standing }));
    }

    [Test]
    public void Compute_ANodeWithOneAttackerDefeatedAndOneTooWeak_Stands()
    {
        Assert.That(GroundedExtension.Compute(4, [D(1, 0), Fails(2, 0), D(3, 1)]), Is.EqualTo(new[] { Standing, Defeated, Standing, Standing }));
    }

    [Test]
    public void Compute_TheSameAttackTwice_StillReinstatesOnceItsAttackerFalls()
    {
        Assert.That(GroundedExtension.Compute(3, [D(1, 0), D(1, 0), D(2, 1)]), Is.EqualTo(new[] { Standing, Defeated, Standing }));
    }

    [Test]
    public void Compute_ANodeAttackedFromACycle_IsUndecided()
    {
        // 0 <-> 1, and 1 attacks 2.
        Assert.That(GroundedExtension.Compute(3, [D(0, 1), D(1, 0), D(1, 2)]), Is.EqualTo(new[] { Undecided, Undecided, Undecided }));
    }

    [Test]
    public void Compute_AnEvenCycleBrokenFromOutside_IsSettled()
    {
        // 0 <-> 1, and an unattacked 2 defeats 0: 1 is defended.
        Assert.That(GroundedExtension.Compute(3, [D(0, 1), D(1, 0), D(2, 0)]), Is.EqualTo(new[] { Defeated, Standing, Standing }));
    }

    [Test]
    public void Compute_AnOddCycleWithAnUnattackedBystander_LeavesTheBystanderStanding()
    {
        Assert.That(GroundedExtension.Compute(4, [D(0, 1), D(1, 2), D(2, 0)]), Is.EqualTo(new[] { Undecided, Undecided, Undecided, Standing }));
    }
}
