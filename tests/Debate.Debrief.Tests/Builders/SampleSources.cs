using System.Collections.Immutable;
using Debate.Debrief;

namespace Debate.Debrief.Tests.Builders;

/// <summary>Digests of the two documents the sample scenario cites, as the Console would build them from seeds/.</summary>
public static class SampleSources
{
    public static IReadOnlyDictionary<string, SourceDocument> Build() => new Dictionary<string, SourceDocument>
    {
        ["dai-2018"] = new("dai-2018", "Will Trump Cement the China-Russia Alliance?", "Dai Weilai", "The Diplomat", "2018-06", 34,
        [
            P(6, "The trade war makes an axis more probable."), P(10, "Washington threatens both states."), C(11, "Tariffs of 25% on $50 billion of goods."),
            C(12, "US pressure on Taiwan and in the South China Sea."), P(20, "The economies complement each other."),
            P(23, "Xi rejected the alliance model at Bo'ao."), P(25, "No imminent threat justifies a bloc."), P(26, "History warns against alignment."),
            P(28, "The US and China remain interdependent."), P(29, "Even a trade war cannot cut the bond."), P(31, "Deeper ties without a treaty."),
        ]),
        ["zhao-2021"] = new("zhao-2021", "Should China and Russia Form an Alliance?", "Zhao Huasheng", "China Forum", "2021-01-27", 50,
        [
            C(4, "Putin at Valdai: an alliance is possible in theory."), C(13, "The 1950 treaty cracked and lapsed in 1980."), P(14, "Three alliances, all brief and bitter."), P(17, "Both face US pressure and need a partner."), P(21, "Shared interests, not sentiment."),
            P(40, "An alliance guarantees support."),
        ]),
    };

    private static SourceParagraph P(int number, string summary) => new(number, summary, IsArgument: true);

    private static SourceParagraph C(int number, string summary) => new(number, summary, IsArgument: false);
}
