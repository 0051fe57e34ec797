using System.Globalization;

namespace Debate.Server.Load;

/// <summary>What to run: how many rooms and clients, for how long, how long a player thinks before a move.</summary>
internal sealed record LoadOptions(int Rooms, int Clients, int Seconds, int ThinkMs, bool Json)
{
    public static LoadOptions? Parse(string[] args, TextWriter error)
    {
        var options = new LoadOptions(200, 1000, 60, 1000, false);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : string.Empty;
            var ok = true;
            switch (args[i])
            {
                case "--rooms": ok = int.TryParse(Next(), CultureInfo.InvariantCulture, out var rooms) && rooms > 0; options = options with { Rooms = rooms }; break;
                case "--clients": ok = int.TryParse(Next(), CultureInfo.InvariantCulture, out var clients) && clients > 0; options = options with { Clients = clients }; break;
                case "--seconds": ok = int.TryParse(Next(), CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 3600; options = options with { Seconds = seconds }; break;
                case "--think-ms": ok = int.TryParse(Next(), CultureInfo.InvariantCulture, out var think) && think >= 0; options = options with { ThinkMs = think }; break;
                case "--json": options = options with { Json = true }; break;
                default: ok = false; break;
            }

            if (!ok)
            {
                error.WriteLine("usage: Debate.Server.Load [--rooms N] [--clients N] [--seconds S] [--think-ms MS] [--json]");
                return null;
            }
        }

        if (options.Clients < 2 * options.Rooms || options.Clients > 6 * options.Rooms + options.Rooms)
        {
            error.WriteLine("Debate.Server.Load: --clients must be 2 to 7 per room (up to 6 seats and a projector).");
            return null;
        }

        return options;
    }
}
