using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Play;

/// <summary>A seat as it is being set up: name, side, who plays it, and how it gets its role.</summary>
internal sealed record SeatDraft(string Name, Side Side, string Controller = "human", RoleMode Roles = RoleMode.Dealt, string? RoleId = null)
{
    public bool IsHuman => string.Equals(Controller, "human", StringComparison.OrdinalIgnoreCase);

    public SeatSpec ToSpec() => new(Name, Side, Controller, Roles == RoleMode.Chosen ? RoleId : null, Roles == RoleMode.Dealt);

    public string Describe(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var who = IsHuman ? "human" : $"opponent: {Controller}";
        var role = Roles switch
        {
            RoleMode.Dealt => "random role",
            RoleMode.None => "no role",
            _ => "role: " + (scenario.Roles.FirstOrDefault(r => r.Id == RoleId)?.Title ?? RoleId),
        };
        return $"{Name}  ·  {Side}  ·  {who}  ·  {role}";
    }
}
