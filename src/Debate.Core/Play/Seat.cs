using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// A place at the table: who sits there, for which side, who controls it (<c>human</c> or an
/// opponent level or persona) and the role dealt to it, if any.
/// </summary>
public sealed record Seat(int Index, string Name, Side Side, string Controller, string? RoleId)
{
    /// <summary>Whether a person plays this seat.</summary>
    public bool IsHuman => string.Equals(Controller, "human", StringComparison.OrdinalIgnoreCase);
}
