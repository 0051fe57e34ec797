using Debate.Server.Screens;

namespace Debate.Server.Tests.Hosting;

/// <summary>
/// What a player's page shows at one move: the seat's own screen and the room's public screen of
/// the same move, as the page puts them together (play.js).
/// </summary>
internal sealed record PlayerScreen(SeatScreen Own, RoomScreen Public)
{
    public int MoveCount => Own.MoveCount;

    public bool YourSpeech => Own.YourSpeech;

    public IReadOnlyList<CardPart> Hand => Own.Hand;

    public string Name => Own.Name;

    public RoomPart Room => Public.Room;

    public StagePart Stage => Public.Stage;

    public IReadOnlyList<SeatPart> Seats => Public.Seats;

    public VerdictPart? Verdict => Public.Verdict;
}
