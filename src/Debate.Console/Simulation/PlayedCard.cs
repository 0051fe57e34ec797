using Debate.Core.Content;

namespace Debate.Console.Simulation;

/// <summary>A card that went onto the floor in a simulated game, and the side that played it.</summary>
internal readonly record struct PlayedCard(CardId Card, Side Side);
