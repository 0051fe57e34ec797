using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Debate.Server.Hosting;

/// <summary>The addresses students can reach this machine at on the room's network (IPv4, interfaces that are up, not loopback).</summary>
public static class Addresses
{
    public static IReadOnlyList<IPAddress> OnTheNetwork()
    {
        try
        {
            return [.. NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(a => a.Address)
                .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
                .Distinct()];
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }
}
