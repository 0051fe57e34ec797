using Debate.Core.Content;

namespace Debate.Debrief.Building;

/// <summary>How a card played reads in the transcript: a sentence of its speaker.</summary>
internal static class Sentences
{
    /// <summary>The speaker as the transcript names them: "Ana (Security hawk, Alliance)".</summary>
    public static string Who(string name, string? roleTitle, Side side) =>
        roleTitle is null ? $"{name} ({side})" : $"{name} ({roleTitle}, {side})";

    /// <summary>
    /// "Ana (…) argued that …", "… answered #3, arguing that …", "… backed #2 with evidence that …"; for an
    /// Either card, in its speaker's voice ("argued, for Alliance, that …"), and where the other side had
    /// already made the same point, a shared concession ("(a shared concession: Partnership argued it too as #4)").
    /// </summary>
    public static string Of(string who, CardKind kind, int? target, string tag, ProperWords words, Side? eitherFor = null, IReadOnlyList<int>? sharedWith = null)
    {
        var claim = Close(words.LowerFirst(tag.Trim()));
        var voice = eitherFor is { } side ? $", for {side}," : string.Empty;
        var sentence = kind switch
        {
            CardKind.Evidence => $"{who} backed #{target}{voice} with evidence that {claim}",
            CardKind.Rebuttal => $"{who} answered #{target}, arguing{(eitherFor is { } s ? $" for {s}" : string.Empty)} that {claim}",
            _ => $"{who} argued{voice} that {claim}",
        };
        return sharedWith is { Count: > 0 } && eitherFor is { } by
            ? $"{sentence} (A shared concession: {by.Opponent()} argued it too as {string.Join(", ", sharedWith.Select(id => $"#{id}"))}.)"
            : sentence;
    }

    /// <summary>The news as the transcript reports it.</summary>
    public static string News(string tag) => $"News: {Close(tag.Trim())}";

    private static string Close(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' ? text : text + ".";
}
