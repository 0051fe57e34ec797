using System.Security.Cryptography;
using System.Text;

namespace Debate.Server.Hosting;

/// <summary>
/// The server's random secrets: join codes people type (45 bits, Crockford base32, read aloud
/// without confusing 0/O or 1/I/L), room ids in links (80 bits) and seat keys (256 bits), kept only
/// as SHA-256 hashes and compared in fixed time.
/// </summary>
public static class Secrets
{
    /// <summary>Crockford's base32 alphabet: no I, L, O or U.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Characters in a join code: 9 x 5 bits = 45 bits.</summary>
    public const int CodeLength = 9;

    /// <summary>A new join code, such as <c>K7QMXR4P9</c>.</summary>
    public static string NewCode() => Random(CodeLength);

    /// <summary>A new room id for links (16 characters, 80 bits), lower case.</summary>
    public static string NewRoomId() => Random(16).ToLowerInvariant();

    /// <summary>A new seat key or instructor key: 32 random bytes, base64url.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The join code as shown: three groups of three (<c>K7Q-MXR-4P9</c>).</summary>
    public static string ShowCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length == CodeLength ? $"{code[..3]}-{code[3..6]}-{code[6..]}" : code;
    }

    /// <summary>
    /// A typed code in its stored form: spaces and dashes dropped, upper case, O read as 0 and I or L
    /// as 1; null when it cannot be a code.
    /// </summary>
    public static string? ReadCode(string? typed)
    {
        if (typed is null || typed.Length > 40)
        {
            return null;
        }

        var code = new StringBuilder(CodeLength);
        foreach (var c in typed.ToUpperInvariant())
        {
            var d = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (d is ' ' or '-' or '\t')
            {
                continue;
            }

            if (!Alphabet.Contains(d, StringComparison.Ordinal) || code.Length == CodeLength)
            {
                return null;
            }

            code.Append(d);
        }

        return code.Length == CodeLength ? code.ToString() : null;
    }

    /// <summary>The hash kept in place of a key.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="hash"/>, in time that does not depend on where they differ.</summary>
    public static bool Matches(string? key, string? hash)
    {
        if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(hash) || key.Length > 200)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(hash));
    }

    private static string Random(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
