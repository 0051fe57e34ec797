namespace Debate.Core.Content;

/// <summary>A card that grows stronger while a given event is in play (the news makes it land).</summary>
public sealed record EventBoost(CardId Event, int Delta);
