using Debate.Server.Screens;
using Microsoft.AspNetCore.SignalR.Client;

namespace Debate.Server.Tests.Hosting;

/// <summary>A scripted projector: every public screen it received.</summary>
internal sealed class Projector : IAsyncDisposable
{
    private readonly List<RoomScreen> screens = [];

    public Projector(HubConnection connection)
    {
        Connection = connection;
        connection.On<RoomScreen>("room", s =>
        {
            lock (screens)
            {
                screens.Add(s);
            }
        });
    }

    public HubConnection Connection { get; }

    public RoomScreen? Latest
    {
        get
        {
            lock (screens)
            {
                return screens.LastOrDefault();
            }
        }
    }

    public IReadOnlyList<RoomScreen> Screens
    {
        get
        {
            lock (screens)
            {
                return [.. screens];
            }
        }
    }

    public async Task<RoomScreen> Until(Func<RoomScreen, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60); // generous: CI may share the machine
        while (DateTime.UtcNow < deadline)
        {
            if (Latest is { } s && condition(s))
            {
                return s;
            }

            await Task.Delay(10);
        }

        Assert.Fail($"The projector never saw {what}; last screen at move {Latest?.MoveCount}.");
        return null!;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
