using System.Text.Json;
using Debate.Server.Screens;

namespace Debate.Server.Load;

// What a scripted client keeps of a screen. It still receives every message whole and parses all of
// it (System.Text.Json reads past the properties these types do not name), so a move counts as
// arrived only once the last client has its whole screen; it just builds no objects for the text a
// person would read (hand, floor, audience). Deserialising every screen into full records made the
// client process, which shares the machine's two cores with the server, a large part of the figure.

/// <summary>A seat's own screen, as a scripted player reads it.</summary>
internal sealed record SeatGlance(int MoveCount, bool YourSpeech, IReadOnlyList<CardGlance> Hand);

/// <summary>A card in the hand: only the legal moves it offers.</summary>
internal sealed record CardGlance(IReadOnlyList<MovePart> Moves);

/// <summary>The room's public screen (the projector's, and every player's page's other half), as a script reads it.</summary>
internal sealed record RoomGlance(int MoveCount, JsonElement? Verdict, RoomIdGlance Room);

/// <summary>Which room a public screen is of (a connection that played an earlier room is still in its group).</summary>
internal sealed record RoomIdGlance(string Id);
