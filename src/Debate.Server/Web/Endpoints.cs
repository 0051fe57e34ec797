using Debate.Debrief.Rendering;
using Debate.Server.Debriefs;
using Debate.Server.Hosting;
using Debate.Server.Rooms;
using Debate.Server.Screens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Debate.Server.Web;

/// <summary>
/// The HTTP side of the server: the pages and their assets, the two join steps (rate-limited per
/// device), the instructor's link that sets the instructor cookie, and the record and debrief
/// downloads (instructor only). Everything live travels over the hubs.
/// </summary>
internal static class Endpoints
{
    public const string JoinLimit = "join";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Page("join.html"));
        app.MapGet("/play/{room}/{seat:int}", (string room, int seat) => Page("play.html"));
        app.MapGet("/projector/{room}", (string room) => Page("projector.html"));
        app.MapGet("/instructor", Instructor);
        app.MapGet("/assets/{**name}", (string name, HttpContext context) => Asset(name, context));
        app.MapPost("/api/look", Look).RequireRateLimiting(JoinLimit);
        app.MapPost("/api/join", Join).RequireRateLimiting(JoinLimit);
        app.MapGet("/instructor/rooms/{room}/record.json", Record).RequireAuthorization(InstructorAccess.Policy);
        app.MapGet("/instructor/rooms/{room}/debrief.{format}", Debrief).RequireAuthorization(InstructorAccess.Policy);
    }

    private static IResult Page(string name) => Assets.Find(name) is { } page
        ? Results.Bytes(page.Bytes, page.ContentType)
        : Results.NotFound();

    private static IResult Asset(string name, HttpContext context)
    {
        if (Assets.Find(name) is not { } asset)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = asset.ETag;
        return context.Request.Headers.IfNoneMatch == asset.ETag
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private static IResult Instructor(HttpContext context, ServeSettings settings)
    {
        if (settings.InstructorOnlyHere && !InstructorAccess.IsLocal(context))
        {
            return Results.Content("The instructor's page opens only on the machine that runs debate serve.", "text/plain; charset=utf-8", statusCode: 403);
        }

        var key = context.Request.Query["key"].FirstOrDefault();
        if (key is not null)
        {
            if (!InstructorAccess.IsKey(settings, key))
            {
                return Results.Content("That link's key is not this server's. Use the instructor link that debate serve printed.", "text/plain; charset=utf-8", statusCode: 403);
            }

            context.Response.Cookies.Append(InstructorAccess.Cookie, key, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            return Results.Redirect("/instructor");
        }

        var cookie = context.Request.Cookies[InstructorAccess.Cookie];
        return InstructorAccess.IsKey(settings, cookie)
            ? Page("instructor.html")
            : Results.Content("Open the instructor link that debate serve printed in its terminal (it carries the instructor's key).", "text/plain; charset=utf-8", statusCode: 403);
    }

    private static IResult Look(LookRequest? request, Chair chair)
    {
        try
        {
            var room = chair.Look(request?.Code);
            var match = room.Match;
            var seats = match.Seats.Select(s => new FreeSeat(s.Index, s.Side.ToString(), match.RoleOf(s.Index) is { } r ? Shown.Text(r.Title) : null,
                Shown.Text(s.Name), s.IsHuman && !room.IsTaken(s.Index), s.Controller)).ToList();
            return Results.Ok(new LookAnswer(Shown.Text(match.Scenario.Title), Shown.Text(match.Scenario.Motion.Text), PublicParts.State(room).Line, seats));
        }
        catch (RoomRefusal refusal)
        {
            return Results.NotFound(new Problem(refusal.Message));
        }
    }

    private static async Task<IResult> Join(JoinRequest? request, Chair chair)
    {
        if (request is null)
        {
            return Results.BadRequest(new Problem("Send the code, your name and a seat."));
        }

        try
        {
            var key = await chair.Join(request.Code, request.Name, request.Seat).ConfigureAwait(false);
            var room = chair.Look(request.Code);
            return Results.Ok(new JoinAnswer(room.Id, request.Seat, key, room.Match.Seats[request.Seat].Name));
        }
        catch (RoomRefusal refusal)
        {
            return Results.BadRequest(new Problem(refusal.Message));
        }
    }

    private static IResult Record(string room, RoomHall hall)
    {
        if (hall.FindUnrestored(room) is { } damaged)
        {
            // What the store holds, as it is: the instructor can look at it or hand it on.
            return Results.File(System.Text.Encoding.UTF8.GetBytes(damaged.Record), "application/json", $"damaged-room-{damaged.Code}-record.json");
        }

        try
        {
            var r = hall.Get(room);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(Core.Records.RecordJson.Write(r.Record)), "application/json", RoomDebrief.FileName(r, "json"));
        }
        catch (RoomRefusal refusal)
        {
            return Results.NotFound(new Problem(refusal.Message));
        }
    }

    private static IResult Debrief(string room, string format, RoomHall hall)
    {
        if (!Export.TryParse(format, out var kind))
        {
            return Results.NotFound(new Problem("A debrief is md, html, json or csv."));
        }

        try
        {
            var r = hall.Get(room);
            var (text, problem) = RoomDebrief.Render(r, kind);
            var type = kind switch
            {
                ExportFormat.Html => "text/html; charset=utf-8",
                ExportFormat.Json => "application/json",
                ExportFormat.Csv => "text/csv; charset=utf-8",
                _ => "text/markdown; charset=utf-8",
            };
            return text is null
                ? Results.Conflict(new Problem(problem ?? "The debrief could not be built."))
                : Results.File(System.Text.Encoding.UTF8.GetBytes(text), type, RoomDebrief.FileName(r, $"debrief.{Export.Extension(kind)}"));
        }
        catch (RoomRefusal refusal)
        {
            return Results.NotFound(new Problem(refusal.Message));
        }
    }
}
