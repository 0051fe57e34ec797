namespace Debate.Debrief.Model;

/// <summary>Who used a paragraph: a player's argument, or the news (then <see cref="Seat"/> and <see cref="Argument"/> are null).</summary>
public sealed record ParagraphUser(string Name, int? Seat, int? Argument, string Card);
