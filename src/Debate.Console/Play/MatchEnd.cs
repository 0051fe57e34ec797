namespace Debate.Console.Play;

/// <summary>How a match left the shell: played to its verdict, or saved and left for later.</summary>
internal enum MatchEnd
{
    Finished,
    Left,
}
