using System.Globalization;
using Debate.Core.Adjudication;

namespace Debate.Core.Previews;

/// <summary>
/// A preview's outcome as one short sentence in the rules' words, the same one the board, the
/// server, the opponents and the debrief print: "defeats #5, 4 against 4 (direct answer +1)",
/// "too weak for #5: 3 against 4", "backs #3 with 1: 3 to 4; reinstates #3", "the room waits to hear the other side".
/// </summary>
internal static class OutcomeText
{
    public static string Of(MovePreview preview)
    {
        if (preview.Lean is { } lean)
        {
            return Lean(lean);
        }

        var main = preview switch
        {
            { Attack: { } attack } => Attack(attack, preview.Strength!),
            { Support: { } support } => $"backs #{support.Target} with {preview.Strength}: {support.Before} to {support.After}",
            _ => $"puts #{preview.Argument!.Id} on the floor at strength {preview.Strength}",
        };
        var changes = Changes(preview);
        return changes.Length == 0 ? main : $"{main}; {changes}";
    }

    private static string Attack(Attack attack, StrengthReason strength)
    {
        var notes = new List<string>();
        if (strength.ModifierText() is { Length: > 0 } modifiers)
        {
            notes.Add(modifiers);
        }

        if (attack.TargetBefore == Label.Defeated && !attack.AlreadyDefeatedBy.IsDefaultOrEmpty)
        {
            notes.Add("already defeated by " + Ids(attack.AlreadyDefeatedBy));
        }

        var note = notes.Count == 0 ? string.Empty : $" ({string.Join("; ", notes)})";
        return attack.Defeats
            ? string.Create(CultureInfo.InvariantCulture, $"defeats #{attack.Target}, {attack.Strength} against {attack.TargetStrength}{note}")
            : string.Create(CultureInfo.InvariantCulture, $"too weak for #{attack.Target}: {attack.Strength} against {attack.TargetStrength}{note}");
    }

    // The attacked target's own fall is said by "defeats"; everything else that changes is listed.
    private static string Changes(MovePreview preview)
    {
        var others = preview.Changes.Where(c => c.Id != preview.Attack?.Target).ToList();
        var parts = new List<string>();
        var reinstated = others.Where(c => c.Reinstated).Select(c => c.Id).ToList();
        if (reinstated.Count > 0)
        {
            parts.Add("reinstates " + Ids(reinstated));
        }

        var falls = others.Where(c => c.Falls).Select(c => c.Id).ToList();
        if (falls.Count > 0)
        {
            parts.Add(Ids(falls) + (falls.Count == 1 ? " falls" : " fall"));
        }

        var undecided = others.Where(c => c.After == Label.Undecided).Select(c => c.Id).ToList();
        if (undecided.Count > 0)
        {
            parts.Add(Ids(undecided) + (undecided.Count == 1 ? " is left undecided" : " are left undecided"));
        }

        return string.Join("; ", parts);
    }

    private static string Lean(RoomLean lean)
    {
        var room = !lean.Leans ? "the room waits to hear the other side"
            : lean.Towards is { } side ? $"the room leans towards {side}"
            : "the room holds still";
        return lean.ClosesDebate ? room + "; the debate closes" : room;
    }

    private static string Ids(IEnumerable<int> ids)
    {
        var list = ids.Select(i => "#" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
