using System.Collections;
using System.Reflection;
using NUnit.Framework;

namespace Debate.Core.Tests.Builders;

/// <summary>
/// Compares two values property by property, and collections element by element (records holding
/// <c>ImmutableArray</c> compare those by reference, which is not what a test means by "the same").
/// </summary>
public static class Same
{
    public static void Properties<T>(T expected, T actual, params string[] except)
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (except.Contains(property.Name) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var a = property.GetValue(expected);
            var b = property.GetValue(actual);
            Assert.That(Deep(a, b), Is.True, $"{typeof(T).Name}.{property.Name} differs: {Show(a)} vs {Show(b)}");
        }
    }

    public static bool Deep(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is IEnumerable x && b is IEnumerable y && a is not string)
        {
            var left = x.Cast<object?>().ToList();
            var right = y.Cast<object?>().ToList();
            return left.Count == right.Count && left.Zip(right).All(p => Deep(p.First, p.Second));
        }

        return a.Equals(b);
    }

    private static string Show(object? value) => value is IEnumerable e and not string
        ? "[" + string.Join(", ", e.Cast<object?>().Select(Show)) + "]"
        : value?.ToString() ?? "null";
}
