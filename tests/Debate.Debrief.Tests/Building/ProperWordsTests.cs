using Debate.Debrief.Building;
using Debate.Debrief.Tests.Builders;
using NUnit.Framework;

namespace Debate.Debrief.Tests.Building;

public sealed class ProperWordsTests
{
    private static readonly ProperWords Words = new(SampleScenario.Build());

    [TestCase("Washington now threatens both capitals at once", "Washington now threatens both capitals at once")]
    [TestCase("Beijing sees no imminent threat", "Beijing sees no imminent threat")]
    [TestCase("Xi rejected the alliance model", "Xi rejected the alliance model")]
    [TestCase("US warships keep patrolling", "US warships keep patrolling")]
    [TestCase("Three alliances, three bitter endings", "three alliances, three bitter endings")]
    [TestCase("The 1950 treaty lapsed", "the 1950 treaty lapsed")]
    [TestCase("Non-alignment is a tool, not a creed", "non-alignment is a tool, not a creed")]
    [TestCase("*Both* economies", "*Both* economies")]
    [TestCase("Wang Yi - no restricted area", "Wang Yi - no restricted area")]
    [TestCase("", "")]
    public void LowerFirst_FirstWord_LowerCasedUnlessProperNounOrAcronym(string tag, string expected)
    {
        Assert.That(Words.LowerFirst(tag), Is.EqualTo(expected));
    }

    [Test]
    public void Sentence_Rebuttal_NamesSpeakerRoleSideAndTarget()
    {
        var who = Sentences.Who("Ana", "Security hawk", Core.Content.Side.Alliance);

        var sentence = Sentences.Of(who, Core.Content.CardKind.Rebuttal, 3, "Three alliances, three bitter endings", Words);

        Assert.That(sentence, Is.EqualTo("Ana (Security hawk, Alliance) answered #3, arguing that three alliances, three bitter endings."));
    }
}
