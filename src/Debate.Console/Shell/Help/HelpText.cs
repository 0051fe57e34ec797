using Debate.Console.Shell.Ui;

namespace Debate.Console.Shell.Help;

/// <summary>The help behind <c>?</c>: the keys of the screen at hand, then how the game is played and won.</summary>
internal static class HelpText
{
    public static Page For(HelpTopic topic, bool plain)
    {
        var lines = new List<Line> { Line.Of(Title(topic), Tone.Heading) };
        lines.AddRange((plain ? PlainKeys(topic) : Keys(topic)).Select(k => Line.Of(k, indent: 2)));
        if (topic == HelpTopic.MainMenu)
        {
            // From the menu, a new player reads ahead: the board's keys and the replay's.
            foreach (var more in new[] { HelpTopic.Board, HelpTopic.HandOff, HelpTopic.Replay })
            {
                lines.Add(Line.Blank);
                lines.Add(Line.Of(Title(more), Tone.Heading));
                lines.AddRange((plain ? PlainKeys(more) : Keys(more)).Select(k => Line.Of(k, indent: 2)));
            }
        }

        lines.Add(Line.Blank);
        lines.Add(Line.Of("How the game works", Tone.Heading));
        lines.AddRange(Rules.Select(r => Line.Of(r, indent: 2)));
        return new Page("Help", lines, HelpTopic.HelpPage);
    }

    private static string Title(HelpTopic topic) => topic switch
    {
        HelpTopic.MainMenu => "Keys in menus",
        HelpTopic.Setup => "Setting up a match",
        HelpTopic.Board or HelpTopic.Targets => "Keys on the board",
        HelpTopic.HandOff => "Passing the keyboard",
        HelpTopic.Role => "Your role sheet",
        HelpTopic.Opponent => "An opponent is speaking",
        HelpTopic.Verdict => "The verdict",
        HelpTopic.Replay => "Keys in a replay",
        _ => "Keys when reading",
    };

    private static IEnumerable<string> Keys(HelpTopic topic) => topic switch
    {
        HelpTopic.MainMenu or HelpTopic.Setup =>
        [
            "Up / Down     move;  Enter  choose;  1-9  choose by number",
            "Esc           go back (on the main menu: Q or Esc quits)",
            "?             this help, on every screen",
            topic == HelpTopic.Setup
                ? "A match needs 1 to 3 seats a side. Each seat is a human at this keyboard or an opponent (novice, debater, champion, or a persona of the scenario). Roles are dealt at random unless you choose them. The seed decides the deal: type the same seed to replay the same deal."
                : "New match: hot seat for 2 to 6 players. Practice: you against opponents. Resume: every move is saved as it is made.",
        ],
        HelpTopic.Board or HelpTopic.Targets =>
        [
            "Up / Down or 1-9   pick a card in your hand (dim cards cannot be played now; the line below the log says why)",
            "Enter              play the card; evidence and rebuttals then ask which argument: Up / Down or 1-9, Enter; Esc cancels",
            "O                  open the card: its full text and citation",
            "E                  end your speech (the audience then leans)",
            "F                  the whole floor, with why each argument stands or fell",
            "A                  the audience in detail;  L  every move so far",
            "R                  your role and secret objective (keep it to yourself)",
            "H                  a hint, in practice against opponents: what the debater would play, and why",
            "PgUp / PgDn        scroll the floor;  Q  save and leave (resume from the main menu)",
        ],
        HelpTopic.HandOff => ["Enter or Space   I am the named player and I am ready", "Q                save and leave"],
        HelpTopic.Role => ["Enter   hide the sheet and carry on", "Your objective is secret: it is revealed to everyone at the verdict."],
        HelpTopic.Opponent => ["Any key   show the next move now instead of waiting", "Opponents play by the same rules, from what their seat may see; each says in one line why it chose its move."],
        HelpTopic.Verdict => ["Up / Down, PgUp / PgDn   scroll", "Enter or Esc   go on to save the debrief, replay, or return to the menu"],
        HelpTopic.Replay =>
        [
            "Left / Right     one move back or forward",
            "Up / Down        the start of the previous or next speech (also PgUp / PgDn)",
            "Home / End       the deal, or the last move",
            "J                jump to a speech by number;  F  the whole floor;  V  the verdict",
            "Q or Esc         leave the replay",
        ],
        _ => ["Up / Down, PgUp / PgDn, Home / End   scroll", "Enter, Esc or Q   back"],
    };

    private static IEnumerable<string> PlainKeys(HelpTopic topic) => topic switch
    {
        HelpTopic.Board or HelpTopic.Targets =>
        [
            "Type the number of a move and press Enter to play it; e ends your speech.",
            "o CARD reads a card (for example: o A07); f the floor; a the audience; l every move; r your role; h a hint; b the board again; q save and leave.",
        ],
        HelpTopic.Replay => ["n next move, p previous move, s N the start of speech N, v the verdict, q leave."],
        _ => ["Type the number of your choice and press Enter; b goes back; ? shows this help."],
    };

    private static readonly string[] Rules =
    [
        "Two sides argue the motion: Alliance (for) and Partnership (against). Each speech, the speaker plays cards from their hand within a time budget; each card costs time, and a hand usually holds more than one speech has time for, so choose what to leave out.",
        "A claim puts a new argument on the floor. Evidence backs one of your side's arguments (adding its strength). A rebuttal attacks an argument of the other side; rebuttals can be attacked back.",
        "An attack defeats its target when the attacker is at least as strong. An argument stands when every attack on it has itself been defeated: marked with a tick; a cross means defeated.",
        "Opening speeches allow claims and evidence; rebuttal rounds allow everything and begin with news from the world; closing allows no new claims.",
        "After each speech every audience bloc leans towards the side whose standing arguments weigh more on the themes it cares about.",
        "The winner is the side that moved the room most between the opening and the closing vote, each bloc's move measured against the room it had left to move.",
    ];
}
