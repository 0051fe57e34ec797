using System.Globalization;
using Debate.Console.Pages;
using Debate.Console.Shell.Views;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Shell.Board;

/// <summary>
/// The room, bloc by bloc, one row each: for / undecided / against now, and each side's swing since
/// the opening vote (the figure the verdict counts), with a meter of the split when there is room.
/// </summary>
internal static class AudienceRows
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The item a click on a bloc picks: its index.</summary>
    public static List<Row> Of(Match match, int width)
    {
        ArgumentNullException.ThrowIfNull(match);
        var (alliance, partnership) = Swings.Total(Swings.Of(match));
        var lead = Math.Abs(alliance - partnership) < Adjudicator.Tie ? "level" : alliance > partnership ? "A ahead" : "P ahead";
        var rows = new List<Row>
        {
            Row.Of(Line.Blank.Add("ROOM ", Tone.Strong).Add($"A{Pct(alliance)}%", Tone.Alliance).Add(" ").Add($"P{Pct(partnership)}%", Tone.Partnership).Add($" {lead}", Tone.Dim)),
        };
        var swings = Swings.Of(match);
        var blocs = match.Scenario.Blocs;
        var nameWidth = Math.Min(12, blocs.Select(b => TextFit.Columns(Short(b))).DefaultIfEmpty(8).Max());
        var meter = width - nameWidth - 22 - 1;
        for (var i = 0; i < blocs.Length; i++)
        {
            var vote = match.Audience[i];
            var name = Short(blocs[i]);
            var pad = new string(' ', Math.Max(0, nameWidth - TextFit.Columns(name)));
            var line = Line.Blank.Add(name + pad, Tone.Strong).Add(" ");
            if (meter >= 6)
            {
                line = line.Then(Meter(vote, Math.Min(meter, 24))).Add(" ");
            }

            rows.Add(new Row(line.Add($"{N(vote.For)}/{N(vote.Undecided)}/{N(vote.Against)} ").Then(Swing(swings[i])), i));
        }

        return rows;
    }

    /// <summary>The panel's heading: what the numbers mean.</summary>
    public static Line Heading(int width) => width >= 44
        ? Line.Blank.Add("AUDIENCE", Tone.Heading).Add("  for/undecided/against now, swing since the opening", Tone.Dim)
        : Line.Blank.Add("AUDIENCE", Tone.Heading).Add(" for/und/against swing", Tone.Dim);

    private static Line Swing(BlocSwing s) =>
        Line.Blank.Add($"A{Pct(s.AllianceSwing)}", Tone.Alliance).Add(" ").Add($"P{Pct(s.PartnershipSwing)}", Tone.Partnership);

    private static Line Meter(Vote vote, int width)
    {
        var total = Math.Max(1e-9, vote.For + vote.Against + vote.Undecided);
        var f = (int)Math.Round(vote.For / total * width);
        var a = (int)Math.Round(vote.Against / total * width);
        var u = Math.Max(0, width - f - a);
        return Line.Blank.Add(new string('█', Math.Max(0, f)), Tone.Alliance).Add(new string('░', u), Tone.Dim).Add(new string('▓', Math.Max(0, a)), Tone.Partnership);
    }

    /// <summary>The bloc's name if short, else its id in title case ("beijing" becomes "Beijing").</summary>
    public static string Short(Bloc bloc)
    {
        ArgumentNullException.ThrowIfNull(bloc);
        if (TextFit.Columns(bloc.Name) <= 10)
        {
            return bloc.Name;
        }

        var id = bloc.Id.Length == 0 ? bloc.Name : char.ToUpperInvariant(bloc.Id[0]) + bloc.Id[1..];
        return id.Length <= 12 ? id : id[..11] + "…";
    }

    private static string Pct(double x) => (x * 100).ToString("+0.0;-0.0;0.0", Inv);

    private static string N(double x) => x.ToString("0", Inv);
}
