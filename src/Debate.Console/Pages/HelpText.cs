using Debate.Console.Play;


namespace Debate.Console.Pages;

/// <summary>The help behind <c>?</c>: the keys of the screen at hand, then how the game is played and won.</summary>
internal static class HelpText
{
    public static Page For(HelpTopic topic, bool plain)
    {
        var lines = new List<Line> { Line.Of(Title(topic), Tone.Heading) };
        lines.AddRange((plain ? PlainKeys(topic) : Keys(topic)).Select(KeyLine));
        if (topic == HelpTopic.MainMenu)
        {
            // From the menu, a new player reads ahead: the board's keys and the replay's.
            foreach (var more in new[] { HelpTopic.Board, HelpTopic.HandOff, HelpTopic.Replay })
            {
                lines.Add(Line.Blank);
                lines.Add(Line.Of(Title(more), Tone.Heading));
                lines.AddRange((plain ? PlainKeys(more) : Keys(more)).Select(KeyLine));
            }
        }

        lines.Add(Line.Blank);
        lines.Add(Line.Of("How the game works", Tone.Heading));
        lines.AddRange(Rules.Select(r => Line.Of(r, indent: 2)));
        return new Page("Help", lines, HelpTopic.HelpPage);
    }

    // A key, a gap of two spaces or more, then what the key does: wrapped rows continue under what it does.
    // A line without such a gap (a sentence, or a row that continues the one above) hangs as usual.
    private static Line KeyLine(string text)
    {
        var gap = text.IndexOf("  ", StringComparison.Ordinal);
        var column = gap < 0 ? -1 : text.AsSpan(gap).IndexOfAnyExcept(' ');
        return Line.Of(text, indent: 2) with { Hang = column < 0 ? null : gap + column };
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
        HelpTopic.Resume => "Resuming a match",
        HelpTopic.Settings => "Settings",
        _ => "Keys when reading",
    };

    private static IEnumerable<string> Keys(HelpTopic topic) => topic switch
    {
        HelpTopic.MainMenu or HelpTopic.Setup =>
        [
            "Up / Down     move;  Enter  choose;  1-9  choose by number;  a click chooses too",
            "Esc           go back (on the main menu it asks before quitting)",
            "F1 or ?       this help, on every screen (F1 where you type text)",
            topic == HelpTopic.Setup
                ? "A match needs 1 to 3 seats a side. Each seat is a human at this keyboard or an opponent (novice, debater, champion, or a persona of the scenario). Roles are dealt at random unless you choose them. The seed decides the deal: type the same seed to replay the same deal."
                : "New match: hot seat for 2 to 6 players. Practice: you against opponents. Resume: every move is saved as it is made. Settings: the look (high contrast for projectors) and the opponents' pace.",
        ],
        HelpTopic.Board or HelpTopic.Targets =>
        [
            "1-9                pick a card by its number (1 then 2 quickly picks card 12); numbers stay put for the whole speech",
            "Up / Down          move in the panel that has the keys (its heading is highlighted); Tab moves between floor, hand and the reading panel",
            "Enter              play the selected card; evidence and rebuttals then ask which argument (marked ◆): Up / Down or its #number, Enter; Esc goes back",
            "                   the reading panel (right) shows the selected card in full: what it would do on each argument, or why it cannot be played now",
            "Mouse              click a card or an argument to read it; double-click a card to play it; with a card selected, click an argument marked ◆ to choose it, double-click to play on it; the wheel scrolls; the keys on the bottom row can be clicked",
            "O                  open the selected card or argument on a page of its own",
            "E                  end your speech (the audience then leans)",
            "F                  the whole floor, with why each argument stands or fell;  A  the audience in detail",
            "N                  the news in full: what happened, what it changes, what it changed on the floor;  L  every move so far",
            "R                  your role and secret objective (keep it to yourself)",
            "H                  a hint, in practice against opponents: what the debater would play, and why",
            "Q                  save and leave (resume from the main menu); Ctrl+C leaves at once, the match saved",
        ],
        HelpTopic.HandOff => ["Enter or Space (or a click)   I am the named player and I alone am looking: show my hand", "Q                             save and leave"],
        HelpTopic.Role => ["Enter   hide the sheet and carry on", "Your objective is secret: it is revealed to everyone at the verdict."],
        HelpTopic.Opponent => ["Any key   show the next move now instead of waiting", "Tab       move between the floor and the reading panel; a click on an argument reads it", "Opponents play by the same rules, from what their seat may see; each says in one line why it chose its move. Every hand is hidden while they speak."],
        HelpTopic.Verdict => ["Up / Down, PgUp / PgDn, the wheel   scroll", "Enter or Esc   go on to save the debrief, replay, or return to the menu"],
        HelpTopic.Replay =>
        [
            "Left / Right     one move back or forward",
            "Up / Down        the start of the previous or next speech (also PgUp / PgDn)",
            "Home / End       the deal, or the last move",
            "J                jump to a speech by number;  F  the whole floor;  V  the verdict",
            "Esc              leave the replay",
            "A match still in progress is replayed with every hand hidden.",
        ],
        HelpTopic.Resume =>
        [
            "Up / Down and Enter, a number or a click   choose a saved match, then carry it on or delete it",
            "Only matches with at least one move are listed, newest first: who plays whom, how many moves, when last played.",
            "A match open in another window can be watched (a read-only replay) but only played there.",
        ],
        HelpTopic.Settings =>
        [
            "The look: standard colours; high contrast (bright colours on black, bold) for a projector in a lit room; monochrome (bold, reverse and underline only, as NO_COLOR asks).",
            "The opponents' pace: how long each opponent move stays on screen; any key skips the wait. DEBATE_PACE_MS overrides it for one run.",
            "Both are kept in settings.json beside the saves.",
        ],
        _ => ["Up / Down, PgUp / PgDn, Home / End, the wheel   scroll", "Enter or Esc   back"],
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
        "A rebuttal too weak to defeat its target has failed: the target is not defeated by it, yet the rebuttal itself stands as an argument unless it is answered, and counts among its side's standing arguments.",
        "An argument is dropped when the other side let a speech in which it could rebut it go by without answering; one made after the other side's last such speech (normally in the last speech) has the last word and is not dropped.",
        "Opening speeches allow claims and evidence; rebuttal rounds allow everything and begin with news from the world; closing allows no new claims.",
        "After each speech, once the room has heard both sides (so not after the very first), every audience bloc leans towards the side whose standing arguments weigh more on the themes it cares about.",
        "The winner is the side that moved the room most between the opening and the closing vote, each bloc's move measured against the room it had left to move.",
    ];
}
