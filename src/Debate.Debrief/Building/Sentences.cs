using Debate.Core.Content;

namespace Debate.Debrief.Building;

/// <summary>How a card played reads in the transcript: a sentence of its speaker.</summary>
internal static class Sentences
{
    /// <summary>The speaker as the transcript names them: "Ana (Security hawk, Alliance)".</summary>
    public static string Who(string name, string? roleTitle, Side side) =>
        roleTitle is null ? $"{name} ({side})" : $"{name} ({roleTitle}, {side})";

    /// <summary>"Ana (…) argued that …", "… answered #3, arguing that …", "… backed #2 with evidence that …".</summary>
    public static string Of(string who, CardKind kind, int? target, string tag, ProperWords words)
    {
        var claim = Close(words.LowerFirst(tag.Trim()));
        return kind switch
        {
            CardKind.Evidence => $"{who} backed #{target} with evidence that {claim}",
            CardKind.Rebuttal => $"{who} answered #{target}, arguing that {claim}",
            _ => $"{who} argued that {claim}",
        };
    }

    /// <summary>The news as the transcript reports it.</summary>
    public static string News(string tag) => $"News: {Close(tag.Trim())}";

    private static string Close(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' ? text : text + ".";
}
