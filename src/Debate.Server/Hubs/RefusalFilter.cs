using Debate.Server.Rooms;
using Microsoft.AspNetCore.SignalR;

namespace Debate.Server.Hubs;

/// <summary>Turns the chair's refusals into hub errors whose message reaches the client as written (other errors stay generic).</summary>
internal sealed class RefusalFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext).ConfigureAwait(false);
        }
        catch (RoomRefusal refusal)
        {
            throw new HubException(refusal.Message);
        }
    }
}
