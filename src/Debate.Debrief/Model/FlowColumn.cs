using Debate.Core.Content;

namespace Debate.Debrief.Model;

/// <summary>One speech of the flow: its title, side and speaker, and the news revealed just before it, if any.</summary>
public sealed record FlowColumn(int Speech, string Title, Side Side, int Seat, string Speaker, string? News);
