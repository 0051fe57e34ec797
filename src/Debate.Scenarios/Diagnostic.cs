using System.Globalization;
using Debate.Core.Text;

namespace Debate.Scenarios;

/// <summary>
/// One problem found in a scenario or digest file, with where it is and how to fix it. Renders as
/// <c>path:line:column: error: message</c> followed by an indented <c>hint:</c> line, the form
/// compilers use so that editors can jump to it.
/// </summary>
/// <param name="Path">The file, as the caller named it.</param>
/// <param name="Line">Line number, from 1.</param>
/// <param name="Column">Column number, from 1.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, in one line.</param>
/// <param name="Hint">How to fix it, in one line; empty when there is nothing to add.</param>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message, string Hint)
{
    /// <summary>Whether this problem stops the scenario from loading.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The first line: <c>path:line:column: error: message</c>. Path and message pass through
    /// <see cref="VisibleText.Line"/>: a message may quote a hostile key or value from the file.
    /// </summary>
    public string Headline =>
        string.Create(CultureInfo.InvariantCulture, $"{VisibleText.Line(Path)}:{Line}:{Column}: {(IsError ? "error" : "warning")}: {VisibleText.Line(Message)}");

    /// <inheritdoc/>
    public override string ToString() => string.IsNullOrEmpty(Hint) ? Headline : $"{Headline}\n    hint: {VisibleText.Line(Hint)}";
}
