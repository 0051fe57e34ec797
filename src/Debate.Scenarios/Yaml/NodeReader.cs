using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Debate.Scenarios.Yaml;

/// <summary>
/// Reads YAML text into a small tree of <see cref="Node"/>s with the position of every value, from
/// YamlDotNet's event stream. It never expands an alias (so an alias bomb stays small: each alias is
/// an error), stops at <see cref="MaxDepth"/> levels of nesting, reads one document, and turns
/// YamlDotNet's syntax errors into positioned problems.
/// </summary>
internal static class NodeReader
{
    /// <summary>Far deeper than the format needs (seven levels), far shallower than a stack or the parser would mind.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The root of the document, or null when the text is empty or could not be read; a syntax error
    /// is reported like any other problem. <see cref="SyntaxRecovery"/> reads on past one.
    /// </summary>
    public static Node? Read(string text, Findings findings)
    {
        var root = Parse(text, findings, out var syntax);
        if (syntax is not null)
        {
            findings.Error(syntax.At, syntax.Message, SyntaxHint);
        }

        return root;
    }

    /// <summary>
    /// Reads <paramref name="text"/>, reporting every problem but a syntax error, which comes back in
    /// <paramref name="syntax"/> (the root is then null) so that the caller can decide how to go on.
    /// </summary>
    public static Node? Parse(string text, Findings findings, out SyntaxError? syntax)
    {
        syntax = null;
        var stack = new Stack<Builder>();
        Node? root = null;
        var documents = 0;
        var parser = new Parser(new StringReader(text));
        var at = Mark.FileStart;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                at = Mark.From(current.Start);
                switch (current)
                {
                    case DocumentStart when ++documents > 1:
                        findings.Error(at, "the file holds a second YAML document; a scenario is one document", "remove the '---' line and everything after it, or split the file in two");
                        return root;
                    case Scalar scalar:
                        Add(new ScalarNode(at, scalar.Value, scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any), stack, ref root, findings);
                        break;
                    case AnchorAlias:
                        findings.Error(at, "YAML aliases (*name) are not allowed in a scenario", "write the value out in full; aliases are refused so that a small file cannot expand into a huge one");
                        Add(new RefusedNode(at), stack, ref root, findings);
                        break;
                    case NodeEvent start and (SequenceStart or MappingStart):
                        if (stack.Count >= MaxDepth)
                        {
                            findings.Error(at, string.Create(CultureInfo.InvariantCulture, $"values are nested more than {MaxDepth} levels deep"), "a scenario needs at most seven levels; check the brackets and indentation here");
                            return null;
                        }

                        stack.Push(new Builder(at, start is MappingStart));
                        break;
                    case SequenceEnd or MappingEnd:
                        Add(stack.Pop().Build(), stack, ref root, findings);
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            syntax = new SyntaxError(Mark.From(ex.Start), "YAML syntax: " + Clean(ex.Message), at);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
        {
            // YamlDotNet fails this way on some malformed input (an unclosed flow list before a new key).
            syntax = new SyntaxError(at, "YAML syntax: the text cannot be read past this point", at);
            return null;
        }

        return root;
    }

    /// <summary>What to check where YAML cannot be read.</summary>
    public const string SyntaxHint = "check the indentation, the quotes and the brackets on this line and the one before";

    private static void Add(Node node, Stack<Builder> stack, ref Node? root, Findings findings)
    {
        if (stack.Count == 0)
        {
            root ??= node;
        }
        else
        {
            stack.Peek().Add(node, findings);
        }
    }

    private static string Clean(string message)
    {
        var text = message.Trim();
        return text.Length <= 200 ? text : text[..200];
    }

    private sealed class Builder(Mark start, bool isMap)
    {
        private readonly List<Node> items = [];
        private readonly List<KeyValuePair<ScalarNode, Node>> entries = [];
        private readonly Dictionary<string, Mark> seen = new(StringComparer.Ordinal);
        private ScalarNode? pendingKey;
        private bool expectingKey = true;
        private bool skipValue;

        public void Add(Node node, Findings findings)
        {
            if (!isMap)
            {
                items.Add(node);
                return;
            }

            if (expectingKey)
            {
                expectingKey = false;
                skipValue = false;
                pendingKey = node as ScalarNode;
                if (pendingKey is null)
                {
                    findings.Error(node.Start, "a field name must be a plain word, not " + node.Describe(), "write 'name: value'");
                    skipValue = true;
                }
                else if (!seen.TryAdd(pendingKey.Value, pendingKey.Start))
                {
                    var first = seen[pendingKey.Value];
                    findings.Error(pendingKey.Start, string.Create(CultureInfo.InvariantCulture, $"field '{ScalarNode.Shorten(pendingKey.Value)}' appears twice in this mapping (first at line {first.Line})"), "keep one of them");
                    skipValue = true;
                }

                return;
            }

            expectingKey = true;
            if (!skipValue && pendingKey is not null)
            {
                entries.Add(new(pendingKey, node));
            }
        }

        public Node Build() => isMap ? new MapNode(start, entries) : new ListNode(start, items);
    }
}
