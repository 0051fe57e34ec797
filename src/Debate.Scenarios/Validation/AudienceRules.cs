using System.Globalization;
using Debate.Scenarios.Dto;

namespace Debate.Scenarios.Validation;

/// <summary>The room adds up: bloc shares sum to 100, and each bloc's opening split sums to 100.</summary>
internal static class AudienceRules
{
    private const double Tolerance = 0.01;

    public static void Check(ScenarioDto dto, Findings findings)
    {
        if (dto.BlocsAt is { } blocsAt && dto.Blocs.Length > 0 && dto.Blocs.All(b => b.Share is not null) && !findings.Cuts.Touch("blocs"))
        {
            var total = dto.Blocs.Sum(b => b.Share!.Value);
            if (total != 100)
            {
                findings.Error(blocsAt, Invariant($"audience shares sum to {total}; they must sum to 100"), Invariant($"the shares are percentages of the room: {(total > 100 ? "take" : "add")} {Math.Abs(100 - total)} {(total > 100 ? "from" : "to")} some bloc"));
            }
        }

        foreach (var bloc in dto.Blocs)
        {
            if (bloc.Opening is { For: { } f, Against: { } a, Undecided: { } u } opening)
            {
                var sum = f.Value + a.Value + u.Value;
                if (Math.Abs(sum - 100) > Tolerance)
                {
                    findings.Error(opening.At, Invariant($"bloc {bloc.Id?.Value}: the opening split sums to {sum:0.##}; for, against and undecided must sum to 100"), "they are percentages of the bloc; adjust 'undecided' so that the three add up to 100");
                }
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
