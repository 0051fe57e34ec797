namespace Debate.Server.Screens;

// The pieces of a screen as they travel to browsers and scripted clients (JSON, camelCase). Every
// string in them has been through Shown.Text; the pages put them into the page as text, never as markup.

/// <summary>The room itself: names, the motion, its state in a word and in a sentence.</summary>
public sealed record RoomPart(string Id, string Code, string Title, string Motion, string AllianceCase, string PartnershipCase, string State, string StateLine, bool Live);

/// <summary>The speech under way, its speaker and clock, the news in play and the last things that happened.</summary>
public sealed record StagePart(
    string? Speech, int SpeechNumber, int Speeches, int Speaker, string? SpeakerName, string? SpeakerSide, string? SpeakerRole,
    int TimeLeft, int TimeBudget, DateTimeOffset SpeechBegan, IReadOnlyList<string> News, IReadOnlyList<string> Log, bool OpponentThinking);

/// <summary>A seat as everyone may see it: name, side, public role title, who plays it, whether its person is here.</summary>
public sealed record SeatPart(int Seat, string Name, string Side, string? RoleTitle, string Controller, bool Taken, bool Here, int HandCount);

/// <summary>An argument on the floor, as one line of its thread (depth 0 for a claim, deeper for what answers it).</summary>
public sealed record FloorPart(
    int Id, int Depth, int? Target, string Side, string SeatName, string Kind, int Strength, string Status, bool Dropped,
    string Tag, string Citation, string Explanation, string? Note);

/// <summary>The audience: each bloc's vote and last move, and the room's swing so far.</summary>
public sealed record AudiencePart(IReadOnlyList<BlocPart> Blocs, double AllianceSwing, double PartnershipSwing, string Lead);

/// <summary>One bloc: its share of the room, for / undecided / against in percent, and how far it moved in the last speech (towards Alliance when positive).</summary>
public sealed record BlocPart(string Name, int Share, double For, double Undecided, double Against, double? Shift);

/// <summary>The seat's own role sheet, secret objective included (only ever sent to that seat).</summary>
public sealed record RolePart(string Title, string Brief, string Objective);

/// <summary>A card in the seat's hand with what it may do now: its legal moves with their previewed outcomes, or the engine's reason it cannot be played.</summary>
public sealed record CardPart(
    string Id, string Tag, string Body, string Kind, int Strength, int Cost, IReadOnlyList<string> Themes, string Citation,
    IReadOnlyList<MovePart> Moves, string? Refusal, IReadOnlyList<BlockedPart> Blocked);

/// <summary>A legal move: kind, card, target, and the one-line preview of what it would do.</summary>
public sealed record MovePart(string Kind, string? Card, int? Target, string Label, string? Preview);

/// <summary>An argument this card may not be played on, and the engine's reason.</summary>
public sealed record BlockedPart(int Target, string Reason);

/// <summary>The verdict with its reason for decision, each bloc's swing and the secret objectives revealed.</summary>
public sealed record VerdictPart(
    string? Winner, string Headline, IReadOnlyList<string> Reasons, IReadOnlyList<BlocSwingPart> Blocs, IReadOnlyList<ObjectivePart> Objectives,
    int AllianceStanding, int PartnershipStanding);

/// <summary>One bloc's opening and closing vote and each side's normalised swing.</summary>
public sealed record BlocSwingPart(string Name, int Share, double OpeningFor, double ClosingFor, double OpeningAgainst, double ClosingAgainst, double AllianceSwing, double PartnershipSwing);

/// <summary>A seat's secret objective, revealed at the verdict, and whether it was met.</summary>
public sealed record ObjectivePart(string SeatName, string Side, string Role, string Objective, bool Met, string Detail);
