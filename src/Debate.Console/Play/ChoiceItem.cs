namespace Debate.Console.Play;

/// <summary>One entry of a menu; <see cref="Disabled"/> says why it cannot be chosen now.</summary>
internal sealed record ChoiceItem(string Label, string? Detail = null, string? Disabled = null);
