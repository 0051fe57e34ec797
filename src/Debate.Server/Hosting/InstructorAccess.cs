using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Debate.Server.Hosting;

/// <summary>
/// Who is the instructor: whoever holds the instructor key printed by <c>debate serve</c> (in a
/// cookie set by the instructor's link, or an <c>X-Instructor-Key</c> header for scripts), and, unless
/// the server was told otherwise, on this machine. The cookie is HttpOnly and SameSite=Strict, so
/// another site cannot act with it.
/// </summary>
internal sealed class InstructorAccess(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ServeSettings settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "instructor-key";
    public const string Policy = "instructor";
    public const string Cookie = "debate-instructor";
    public const string Header = "X-Instructor-Key";

    /// <summary>Whether a request comes from this machine (an in-process test host has no address at all).</summary>
    public static bool IsLocal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var remote = context.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote);
    }

    /// <summary>Whether <paramref name="key"/> is the instructor's key.</summary>
    public static bool IsKey(ServeSettings settings, string? key)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Secrets.Matches(key, Secrets.Hash(settings.InstructorKey));
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (settings.InstructorOnlyHere && !IsLocal(Context))
        {
            return Task.FromResult(AuthenticateResult.Fail("The instructor's page opens only on the server's own machine."));
        }

        var key = Request.Headers[Header].FirstOrDefault() ?? Request.Cookies[Cookie];
        if (!IsKey(settings, key))
        {
            return Task.FromResult(key is null ? AuthenticateResult.NoResult() : AuthenticateResult.Fail("That is not the instructor's key."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Role, "instructor")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
