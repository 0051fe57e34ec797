namespace Debate.Console.Play;

/// <summary>How a seat gets its role sheet.</summary>
internal enum RoleMode
{
    Dealt,
    Chosen,
    None,
}
