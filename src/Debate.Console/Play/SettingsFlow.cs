using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>Settings: the look of the board (standard, high contrast for projectors, monochrome) and the opponents' pace, kept for next time.</summary>
internal sealed class SettingsFlow(ShellContext context)
{
    private static readonly (string Label, TimeSpan Pace)[] Paces =
    [
        ("Slow: 2.5 seconds a move", TimeSpan.FromMilliseconds(2500)),
        ("Normal: 1.4 seconds a move", ShellSettings.DefaultPace),
        ("Quick: 0.6 seconds a move", TimeSpan.FromMilliseconds(600)),
        ("At once: no pause", TimeSpan.Zero),
    ];

    public async Task Run()
    {
        var cursor = 0;
        while (true)
        {
            var s = context.Settings;
            var note = ShellSettings.NoColor ? " (NO_COLOR is set: monochrome for now)" : string.Empty;
            var pick = await context.Ui.Choose(new Choice("Settings", [
                new ChoiceItem($"Look: {Name(s.Theme)}{note}", "Standard colours; high contrast for a projector; monochrome (bold, reverse, underline only)."),
                new ChoiceItem($"Opponents' pace: {(int)s.Pace.TotalMilliseconds} ms a move", "How long each opponent move stays on screen before the next; any key skips the wait."),
                new ChoiceItem("Back"),
            ], HelpTopic.Settings, [Line.Blank.Add("Kept in ", Tone.Dim).Add(ShellSettings.FileIn(context.Saves.Home))], cursor));
            if (pick is not int chosen || chosen == 2)
            {
                return;
            }

            cursor = chosen;
            var next = chosen == 0 ? await PickLook(s) : await PickPace(s);
            if (next is not null && next != s)
            {
                context.Settings = next;
                context.Ui.Apply(next);
                next.Save(context.Saves.Home);
            }
        }
    }

    private async Task<ShellSettings?> PickLook(ShellSettings s)
    {
        var looks = Enum.GetValues<ShellTheme>();
        var pick = await context.Ui.Choose(new Choice("The look", [.. looks.Select(l => new ChoiceItem(Name(l), Describe(l)))], HelpTopic.Settings, Initial: Array.IndexOf(looks, s.Theme)));
        return pick is int p ? s with { Theme = looks[p] } : null;
    }

    private async Task<ShellSettings?> PickPace(ShellSettings s)
    {
        var initial = Math.Max(0, Array.FindIndex(Paces, p => p.Pace == s.Pace));
        var pick = await context.Ui.Choose(new Choice("Opponents' pace", [.. Paces.Select(p => new ChoiceItem(p.Label))], HelpTopic.Settings, Initial: initial));
        return pick is int p ? s with { Pace = Paces[p].Pace } : null;
    }

    private static string Name(ShellTheme theme) => theme switch
    {
        ShellTheme.HighContrast => "high contrast",
        ShellTheme.Monochrome => "monochrome",
        _ => "standard",
    };

    private static string Describe(ShellTheme theme) => theme switch
    {
        ShellTheme.HighContrast => "Bright colours on black and bold text: for a projector in a lit room.",
        ShellTheme.Monochrome => "No colour: bold, reverse and underline carry every mark.",
        _ => "Sides in blue and orange, standing in green, defeated in red.",
    };
}
