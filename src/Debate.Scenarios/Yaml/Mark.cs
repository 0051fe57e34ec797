namespace Debate.Scenarios.Yaml;

/// <summary>A position in a text file: line and column, both from 1.</summary>
internal readonly record struct Mark(int Line, int Column)
{
    public static readonly Mark FileStart = new(1, 1);

    public static Mark From(YamlDotNet.Core.Mark mark) =>
        new((int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));
}
