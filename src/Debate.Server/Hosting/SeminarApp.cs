using System.Net;
using System.Threading.RateLimiting;
using Debate.Server.Hubs;
using Debate.Server.Rooms;
using Debate.Server.Store;
using Debate.Server.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Debate.Server.Hosting;

/// <summary>
/// Builds the seminar server: Kestrel on this machine (or the room's network with <c>--lan</c>),
/// the rooms and their SQLite store, the hubs, the join steps with their rate limit, the instructor's
/// key, and headers that let a page load nothing but what this server serves.
/// </summary>
public static class SeminarApp
{
    /// <summary>The server, built but not started.</summary>
    public static WebApplication Build(ServeSettings settings, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [], ApplicationName = typeof(SeminarApp).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Hosting", LogLevel.None); // a port in use is said in one line by debate serve
        builder.WebHost.UseKestrel(k =>
        {
            if (settings.Lan)
            {
                k.ListenAnyIP(settings.Port);
            }
            else
            {
                k.Listen(IPAddress.Loopback, settings.Port);
            }

            k.Limits.MaxRequestBodySize = 64 * 1024;
        });
        AddServices(builder.Services, settings);
        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseWebSockets();
        Endpoints.Map(app);
        app.MapHub<RoomHub>("/hub/room");
        app.MapHub<InstructorHub>("/hub/instructor");
        return app;
    }

    private static void AddServices(IServiceCollection services, ServeSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new RoomStore(sp.GetRequiredService<ServeSettings>().DataFolder));
        services.AddSingleton(sp => new ScenarioShelf(sp.GetRequiredService<ServeSettings>().ScenarioFolder));
        services.AddSingleton<RoomHall>();
        services.AddSingleton<Announcer>();
        services.AddSingleton<Chair>();
        services.AddSingleton(sp =>
        {
            var chair = sp.GetRequiredService<Chair>();
            var bench = ActivatorUtilities.CreateInstance<Bench>(sp);
            chair.Bench = bench;
            return bench;
        });
        services.AddSingleton<Moderation>();
        services.AddSingleton<Restorer>();
        services.AddHostedService<RestoreOnStart>();
        services.AddSingleton<WarmUp>();
        services.AddHostedService<WarmUp.OnStart>();
        services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = 16 * 1024;
            o.EnableDetailedErrors = false;
            o.KeepAliveInterval = TimeSpan.FromSeconds(10);
            o.ClientTimeoutInterval = TimeSpan.FromSeconds(30);
            o.AddFilter<RefusalFilter>();
        });
        services.AddAuthentication(InstructorAccess.SchemeName).AddScheme<AuthenticationSchemeOptions, InstructorAccess>(InstructorAccess.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(InstructorAccess.Policy, p => p.AddAuthenticationSchemes(InstructorAccess.SchemeName).RequireRole("instructor"));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, token) => new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
                new Problem("Too many tries from this device: wait a minute, then check the code with your instructor."), token));
            o.AddPolicy(Endpoints.JoinLimit, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "in-process",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = context.RequestServices.GetRequiredService<ServeSettings>().JoinBurst,
                    TokensPerPeriod = Math.Max(1, context.RequestServices.GetRequiredService<ServeSettings>().JoinsPerMinute / 6),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        });
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        return next();
    }

    /// <summary>Restores the stored rooms when the host starts, before it takes requests.</summary>
    private sealed class RestoreOnStart(Restorer restorer, ILogger<RestoreOnStart> log) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var count = restorer.RestoreAll();
            if (count > 0)
            {
                Log.Restored(log, count);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
