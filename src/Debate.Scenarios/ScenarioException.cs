using System.Collections.Immutable;

namespace Debate.Scenarios;

/// <summary>
/// The loader's only exception: thrown by <see cref="LoadResult.OrThrow"/> (and the built-in
/// scenarios) when a scenario has errors. Its message lists every diagnostic.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>An exception without diagnostics.</summary>
    public ScenarioException()
        : this("The scenario could not be loaded.")
    {
    }

    /// <summary>An exception with a message and no diagnostics.</summary>
    public ScenarioException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>An exception with a message and a cause.</summary>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>An exception listing <paramref name="diagnostics"/>, one per line.</summary>
    public ScenarioException(string subject, ImmutableArray<Diagnostic> diagnostics)
        : base(Describe(subject, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, errors and warnings.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Describe(string subject, ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var lines = diagnostics.Select(d => d.ToString());
        return $"{subject} has {errors} error{(errors == 1 ? "" : "s")}:\n{string.Join('\n', lines)}";
    }
}
