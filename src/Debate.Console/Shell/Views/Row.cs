using Debate.Console.Pages;

namespace Debate.Console.Shell.Views;

/// <summary>A line for a <see cref="LinesView"/>: <see cref="Item"/> is what selecting or clicking it picks (-1 for none).</summary>
internal sealed record Row(Line Line, int Item = -1)
{
    public static Row Of(Line line) => new(line);
}
