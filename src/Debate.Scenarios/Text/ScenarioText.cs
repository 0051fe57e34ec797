using System.Globalization;
using System.Text;
using Debate.Scenarios.Files;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Text;

/// <summary>
/// The checks made before any parsing: the size limit, strict UTF-8, and no control characters
/// (terminal escapes, NUL, binary junk). Text that fails them is refused, never parsed.
/// </summary>
internal static class ScenarioText
{
    private const int ShownControls = 5;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of a file's bytes, or null (with the reason reported) when it is not UTF-8 text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, Findings findings)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            findings.Error(Mark.FileStart, "the file is UTF-16 text; scenarios are read as UTF-8", "save the file as UTF-8");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Clamp(ex.Index, 0, bytes.Length);
            var prefix = bytes[..offset];
            var line = prefix.Count((byte)'\n') + 1;
            var column = offset - (prefix.LastIndexOf((byte)'\n') + 1) + 1;
            findings.Error(new Mark(line, column), "the file is not UTF-8 text (an invalid byte sequence starts here); is it a binary file?", "scenarios are plain UTF-8 text files; save the file as UTF-8");
            return null;
        }
    }

    /// <summary>
    /// The bytes of a file through <see cref="CappedFile"/> (so a device, a pipe or a growing file cannot
    /// make the read endless), or null when it is not a regular file within the limit (reported).
    /// </summary>
    public static byte[]? ReadFile(string path, long maxBytes, Findings findings)
    {
        var read = CappedFile.Read(path, maxBytes);
        if (read.Bytes is { } bytes)
        {
            return bytes;
        }

        findings.Error(
            Mark.FileStart,
            read.Missing ? "no such file" : read.Problem!,
            read.TooLarge ? "a scenario is a few tens of kilobytes; split the deck, or raise LoadOptions.MaxBytes if this is intended" : "check the path");
        return null;
    }

    /// <summary>True when <paramref name="length"/> bytes exceed the limit (reported).</summary>
    public static bool TooLarge(long length, long maxBytes, Findings findings, bool atLeast = false)
    {
        if (length <= maxBytes)
        {
            return false;
        }

        findings.Error(
            Mark.FileStart,
            string.Create(CultureInfo.InvariantCulture, $"the file is {(atLeast ? "over " : "")}{(atLeast ? maxBytes : length):N0} bytes; the limit is {maxBytes:N0} bytes, so it was not read"),
            "a scenario is a few tens of kilobytes; split the deck, or raise LoadOptions.MaxBytes if this is intended");
        return true;
    }

    /// <summary>
    /// The text with line endings made uniform and a leading byte-order mark removed, or null (with
    /// every offending position reported) when it holds control characters.
    /// </summary>
    public static string? Clean(string text, Findings findings)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var line = 1;
        var column = 1;
        var found = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if (IsRefused(text, i))
            {
                if (++found <= ShownControls)
                {
                    findings.Error(new Mark(line, column), "the file holds a control character " + Name(c), "only tab and line breaks are allowed; remove it (terminal escapes and binary data are refused)");
                }
            }

            column++;
        }

        if (found > ShownControls)
        {
            findings.Error(new Mark(line, 1), string.Create(CultureInfo.InvariantCulture, $"{found - ShownControls} more control characters in the file"), "is this a binary file? scenarios are plain UTF-8 text");
        }

        return found > 0 ? null : text;
    }

    /// <summary>Whether the character at <paramref name="i"/> is one a scenario must not hold.</summary>
    public static bool IsRefused(string text, int i)
    {
        var c = text[i];
        if (c is '\t' or '\n')
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF';
    }

    /// <summary>A character's name for messages, such as <c>U+001B</c>.</summary>
    public static string Name(char c) => c == '\r'
        ? "U+000D (a carriage return without a line feed)"
        : string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
}
