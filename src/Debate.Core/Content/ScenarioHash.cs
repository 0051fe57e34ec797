using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Debate.Core.Content;

/// <summary>
/// The identity of a scenario's content: a SHA-256 over a canonical text of everything that
/// affects play, so that a saved match can tell when its scenario changed.
/// </summary>
public static class ScenarioHash
{
    /// <summary>First 16 hex digits of the content hash.</summary>
    public static string Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);

        // Records and numbers print in the current culture; the canonical text must read the same on every machine.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return Canonical(scenario);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static string Canonical(Scenario scenario)
    {
        var text = new StringBuilder();
        text.Append(scenario.Id).Append('|').Append(scenario.Motion).Append('|').Append(scenario.HandSize).Append('\n');
        foreach (var c in scenario.Cards)
        {
            text.Append(c.Id).Append('|').Append(c.Kind).Append('|').Append(c.Side).Append('|')
                .AppendJoin(',', c.Themes).Append('|').Append(c.Strength).Append('|').Append(c.Cost).Append('|')
                .AppendJoin(',', c.Targets).Append('|').Append(c.Boost).Append('|').AppendJoin(',', c.Effects)
                .Append('|').Append(c.Tag).Append('\n');
        }

        foreach (var b in scenario.Blocs)
        {
            text.Append(b.Id).Append('|').Append(b.Share).Append('|').Append(b.Opening).Append('|')
                .AppendJoin(',', b.Weights.OrderBy(w => w.Key, StringComparer.Ordinal)).Append('\n');
        }

        foreach (var r in scenario.Roles)
        {
            text.Append(r.Id).Append('|').Append(r.Side).Append('|').Append(r.Objective).Append('\n');
        }

        foreach (var s in scenario.Speeches)
        {
            text.Append(s.Title).Append('|').AppendJoin(',', s.Speech.Allowed).Append('|')
                .Append(s.Speech.Time).Append('|').Append(s.Speech.Draw).Append('|').Append(s.RevealsEvent).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
