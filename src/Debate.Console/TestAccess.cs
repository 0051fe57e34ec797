using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Debate.Console.Tests")]
