namespace Debate.Server.Rooms;

/// <summary>A request the chair turns down, with the sentence to show the person who made it.</summary>
internal sealed class RoomRefusal(string message) : Exception(message)
{
    public RoomRefusal()
        : this("The request was refused.")
    {
    }

    public RoomRefusal(string message, Exception inner)
        : this(message + " " + inner.Message)
    {
    }
}
