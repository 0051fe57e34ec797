using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bogus;

namespace Debate.Debrief.Tests.Builders;

/// <summary>
/// A corpus of damaged save files made from valid ones: cut short, hashes altered, fields removed
/// or given impossible values, moves swapped, dropped or doubled, seeds changed, sides flipped, and
/// files that are not records at all. Every variant is broken for sure, so each must be refused.
/// </summary>
public static class CorruptRecords
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IEnumerable<(string Kind, string Text)> From(string valid, Randomizer r, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var kind = r.Number(0, 9);
            yield return kind switch
            {
                0 => ("truncated", valid[..r.Number(0, valid.TrimEnd().Length - 1)]),
                1 => ("hash altered", Edit(valid, root => HashDigit(Move(root, r), r))),
                2 => ("field removed", Edit(valid, root => Remove(root, r))),
                3 => ("impossible value", Edit(valid, root => Impossible(root, r))),
                4 => ("moves swapped", Edit(valid, root => Swap(root, r))),
                5 => ("move dropped", Edit(valid, root => Moves(root).RemoveAt(r.Number(0, Moves(root).Count - 2)))),
                6 => ("move doubled", Edit(valid, root => Double(root, r))),
                7 => ("seed changed", Edit(valid, root => root["seed"] = root["seed"]!.GetValue<ulong>() + (ulong)r.Number(1, 1000))),
                8 => ("side flipped", Edit(valid, root => Flip(root, r))),
                _ => ("not a record", Garbage(r)),
            };
        }
    }

    private static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString(Indented);
    }

    private static JsonArray Moves(JsonObject root) => root["moves"]!.AsArray();

    private static JsonObject Move(JsonObject root, Randomizer r) => Moves(root)[r.Number(0, Moves(root).Count - 1)]!.AsObject();

    private static void HashDigit(JsonObject move, Randomizer r)
    {
        var hash = move["hash"]!.GetValue<string>().ToCharArray();
        var at = r.Number(0, hash.Length - 1);
        hash[at] = "0123456789abcdef".Where(c => c != hash[at]).ElementAt(r.Number(0, 14));
        move["hash"] = new string(hash);
    }

    private static void Remove(JsonObject root, Randomizer r)
    {
        switch (r.Number(0, 2))
        {
            case 0:
                root.Remove(r.ArrayElement(["format_version", "scenario", "scenario_hash", "seed", "seats", "moves"]));
                break;
            case 1:
                root["seats"]!.AsArray()[0]!.AsObject().Remove(r.ArrayElement(["name", "side", "controller"]));
                break;
            default:
                Move(root, r).Remove(r.ArrayElement(["seat", "kind", "hash"]));
                break;
        }
    }

    private static void Impossible(JsonObject root, Randomizer r)
    {
        var play = Moves(root).Select(m => m!.AsObject()).Where(m => m["kind"]!.GetValue<string>() != "end_speech").ToList();
        var answer = play.Where(m => m["target"] is not null).ToList();
        switch (r.Number(0, 9))
        {
            case 0: root["seed"] = r.ArrayElement(new JsonNode?[] { "soon", -1, 1.5, null }); break;
            case 1: root["format_version"] = r.ArrayElement(new JsonNode?[] { 3, "one", null, 0, -1, new JsonArray() }); break;
            case 2: root["seats"] = r.ArrayElement(new JsonNode?[] { new JsonArray(), new JsonObject(), null, 3 }); break;
            case 3: root["seats"]!.AsArray()[0]!["side"] = r.ArrayElement(new JsonNode?[] { "neutral", 0, null }); break;
            case 4: Move(root, r)["seat"] = r.ArrayElement(new JsonNode?[] { 99, -1, "first", null }); break;
            case 5: Move(root, r)["kind"] = r.ArrayElement(new JsonNode?[] { "shout", 3, null }); break;
            case 6: Move(root, r)["hash"] = r.ArrayElement(new JsonNode?[] { string.Empty, 5, null }); break;
            case 7 when play.Count > 0: r.ListItem(play)["card"] = r.ArrayElement(["NOPE", "A", "E1"]); break;
            case 8 when answer.Count > 0: r.ListItem(answer)["target"] = r.ArrayElement(new JsonNode?[] { 999, 0, -3 }); break;
            default: root["scenario_hash"] = r.ArrayElement(new JsonNode?[] { string.Empty, null, 12 }); break;
        }
    }

    private static void Swap(JsonObject root, Randomizer r)
    {
        var moves = Moves(root);
        var i = r.Number(0, moves.Count - 2);
        var j = r.Number(i + 1, moves.Count - 1);
        var a = moves[i]!.DeepClone();
        moves[i] = moves[j]!.DeepClone();
        moves[j] = a;
    }

    private static void Double(JsonObject root, Randomizer r)
    {
        var moves = Moves(root);
        var i = r.Number(0, moves.Count - 1);
        moves.Insert(i + 1, moves[i]!.DeepClone());
    }

    private static void Flip(JsonObject root, Randomizer r)
    {
        var seat = r.ListItem(root["seats"]!.AsArray().ToList())!.AsObject();
        seat["side"] = seat["side"]!.GetValue<string>() == "alliance" ? "partnership" : "alliance";
    }

    private static string Garbage(Randomizer r) => r.Number(0, 7) switch
    {
        0 => new Faker { Random = r }.Lorem.Paragraphs(2),
        1 => Encoding.Latin1.GetString(r.Bytes(r.Number(1, 400))),
        2 => string.Empty,
        3 => "   \n",
        4 => r.ArrayElement(["null", "[]", "{}", "42", "\"record\"", "true"]),
        5 => new string('[', 5000) + new string(']', 5000),
        6 => "{\"format_version\": 1}",
        _ => "{\"format_version\": 1, \"scenario\": \"sample\", \"scenario_hash\": \"x\", \"seed\": 1, \"seats\": [], \"moves\": []}",
    };
}
