using System.Net;
using System.Net.Http.Json;
using Debate.Server.Rooms;
using Debate.Server.Screens;
using Debate.Server.Tests.Hosting;
using Debate.Server.Web;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Debate.Server.Tests.Rooms;

/// <summary>Nobody acts for anyone else: keys, codes, the instructor's key, rate limits and hostile messages.</summary>
[TestFixture]
public sealed class SecurityTests : SeminarFixture
{
    [Test]
    public async Task AnotherSeatsKey_IsRefused_AndChangesNothing()
    {
        await using var seminar = new Seminar(Data);
        await using var table = await Table.Open(seminar, Table.FourHumans(seed: 5), "Ann", "Bo", "Cy", "Di");
        var ann = table.Players[0];
        var bo = table.Players[1];
        var screen = await ann.Until(s => s.YourSpeech, "her speech");
        var move = screen.Hand.SelectMany(c => c.Moves).First();

        // Bo tries Ann's move with his own key, then tries to sit at Ann's seat with it.
        var forged = new MoveRequest(ann.Seat.Room, ann.Seat.Seat, bo.Seat.Key, screen.MoveCount, move.Kind, move.Card, move.Target);
        Assert.ThrowsAsync<HubException>(() => bo.Connection.InvokeAsync<MoveAnswer>("Play", forged));
        Assert.ThrowsAsync<HubException>(() => bo.Connection.InvokeAsync("Sit", ann.Seat.Room, ann.Seat.Seat, bo.Seat.Key));
        Assert.ThrowsAsync<HubException>(() => bo.Connection.InvokeAsync("Sit", ann.Seat.Room, ann.Seat.Seat, ann.Seat.Key + "x"));

        // Bo playing on his own seat out of turn gets the engine's reason.
        var outOfTurn = await bo.Play(move, screen.MoveCount);
        Assert.That(outOfTurn.Accepted, Is.False);
        Assert.That(outOfTurn.Reason, Does.StartWith("It is Ann's speech"));

        await Task.Delay(100);
        Assert.That(ann.Latest!.MoveCount, Is.EqualTo(screen.MoveCount));
        Assert.That(bo.Screens.All(s => s.Hand.All(c => !screen.Hand.Select(h => h.Id).Contains(c.Id))), Is.True, "Bo never saw Ann's cards");
        Assert.That((await ann.Play(move, screen.MoveCount)).Accepted, Is.True, "Ann's own move still goes through");
    }

    [Test]
    public async Task MalformedAndHostileMessages_GetAnError_AndChangeNothing()
    {
        await using var seminar = new Seminar(Data);
        await using var table = await Table.Open(seminar, Table.FourHumans(seed: 9), "Ann", "Bo", "Cy", "Di");
        var ann = table.Players[0];
        var screen = await ann.Until(s => s.YourSpeech, "her speech");
        var c = ann.Connection;
        var seat = ann.Seat;

        Assert.ThrowsAsync<HubException>(() => c.InvokeCoreAsync("Play", typeof(MoveAnswer), [null]));
        Assert.ThrowsAsync<HubException>(() => c.InvokeCoreAsync("Play", typeof(MoveAnswer), ["not a move"]));
        Assert.ThrowsAsync<HubException>(() => c.InvokeCoreAsync("Play", typeof(MoveAnswer), [1, 2, 3]));
        Assert.ThrowsAsync<HubException>(() => c.InvokeAsync("NoSuchMethod"));
        Assert.ThrowsAsync<HubException>(() => c.InvokeAsync("Sit", "../../etc/passwd", 0, seat.Key));
        Assert.ThrowsAsync<HubException>(() => c.InvokeAsync("Sit", seat.Room, 99, seat.Key));
        Assert.ThrowsAsync<HubException>(() => c.InvokeAsync("Watch", new string('x', 5000)));
        Assert.ThrowsAsync<HubException>(() => c.InvokeAsync<MoveAnswer>("Play", new MoveRequest(seat.Room, seat.Seat, seat.Key, screen.MoveCount, "launch")));
        Assert.ThrowsAsync<HubException>(() => c.InvokeAsync<MoveAnswer>("Play", new MoveRequest(seat.Room, seat.Seat, seat.Key, screen.MoveCount, "claim", new string('A', 500))));

        var unknown = await c.InvokeAsync<MoveAnswer>("Play", new MoveRequest(seat.Room, seat.Seat, seat.Key, screen.MoveCount, "claim", "<script>"));
        Assert.That(unknown.Reason, Does.Contain("no card"));
        var stale = await c.InvokeAsync<MoveAnswer>("Play", new MoveRequest(seat.Room, seat.Seat, seat.Key, screen.MoveCount - 1, "end"));
        Assert.That(stale.Reason, Does.Contain("changed"));
        var notInHand = screen.Hand.Count > 0 ? "A01" : "A02";
        var foreign = await c.InvokeAsync<MoveAnswer>("Play", new MoveRequest(seat.Room, seat.Seat, seat.Key, screen.MoveCount, "evidence", screen.Hand[0].Id, 999));
        Assert.That(foreign.Accepted, Is.False);

        // A message far over the size limit closes that connection, and only that one.
        var closed = new TaskCompletionSource();
        c.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        _ = c.InvokeAsync("Watch", new string('x', 100_000)).ContinueWith(_ => { }, TaskScheduler.Default);
        Assert.That(await Task.WhenAny(closed.Task, Task.Delay(5000)), Is.SameAs(closed.Task));

        var bo = table.Players[1];
        await bo.Until(s => s.MoveCount == screen.MoveCount, "the same move");
        Assert.That(bo.Latest!.MoveCount, Is.EqualTo(screen.MoveCount), "nothing moved");
        Assert.That(notInHand, Is.Not.Empty);
    }

    [Test]
    public async Task JoinCode_IsLongAndRandom_AndExpiresWithTheRoom()
    {
        await using var seminar = new Seminar(Data);
        var summary = await seminar.Open(Table.FourHumans(seed: 1));
        Assert.That(summary.Code.Replace("-", string.Empty, StringComparison.Ordinal), Has.Length.EqualTo(9), "9 characters of 5 bits: 45 bits");
        using var http = seminar.CreateClient();
        var look = await http.PostAsJsonAsync("/api/look", new LookRequest(summary.Code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        Assert.That(look.StatusCode, Is.EqualTo(HttpStatusCode.OK), "codes are read in any case, with spaces");

        await using (var instructor = await seminar.Instructor())
        {
            await instructor.InvokeAsync("End", summary.Id);
        }

        var after = await http.PostAsJsonAsync("/api/join", new JoinRequest(summary.Code, "Eve", 0));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.NotFound).Or.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await after.Content.ReadFromJsonAsync<Problem>())!.Error, Does.Contain("No open room"));
    }

    [Test]
    public async Task JoinAttempts_AreRateLimitedPerDevice()
    {
        await using var seminar = new Seminar(Data, s => s with { JoinBurst = 5, JoinsPerMinute = 1 });
        using var http = seminar.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            codes.Add((await http.PostAsJsonAsync("/api/look", new LookRequest("K7Q-MXR-4P9"))).StatusCode);
        }

        Assert.That(codes.Take(5), Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(codes.Skip(5), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task InstructorHubAndDownloads_NeedTheInstructorsKey()
    {
        await using var seminar = new Seminar(Data);
        var summary = await seminar.Open(Table.FourHumans(seed: 1));
        Assert.ThrowsAsync<HttpRequestException>(() => seminar.Connect("/hub/instructor"));
        Assert.ThrowsAsync<HttpRequestException>(() => seminar.Connect("/hub/instructor", "not-the-key"));
        using var http = seminar.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.That((await http.GetAsync($"/instructor/rooms/{summary.Id}/record.json")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await http.GetAsync("/instructor")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await http.GetAsync("/instructor?key=wrong")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var page = await http.GetAsync($"/instructor?key={seminar.Settings.InstructorKey}");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Headers.GetValues("Set-Cookie").Single(), Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
    }

    [Test]
    public async Task Pages_LoadNothingFromOutside_AndForbidScriptsFromElsewhere()
    {
        await using var seminar = new Seminar(Data);
        using var http = seminar.CreateClient();
        var home = await http.GetAsync("/");
        Assert.That(home.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'self'").And.Contain("script-src 'self'"));
        foreach (var name in Server.Web.Assets.Names.Where(n => !n.StartsWith("lib/", StringComparison.Ordinal)))
        {
            var text = await http.GetStringAsync($"/assets/{name}");
            Assert.That(text, Does.Not.Contain("http://").And.Not.Contain("https://"), name);
            Assert.That(text, Does.Not.Contain("innerHTML").And.Not.Contain("insertAdjacentHTML").And.Not.Contain("document.write"), $"{name} puts text into the page as text only");
        }

        Assert.That((await http.GetAsync("/assets/../debate.db")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await http.GetAsync("/assets/%2e%2e%2fdebate.db")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Names_WithInvisibleOrSteeringCharacters_AreRefused_AndMarkupStaysText()
    {
        await using var seminar = new Seminar(Data);
        var summary = await seminar.Open(Table.FourHumans(seed: 1));
        using var http = seminar.CreateClient();
        var bidi = await http.PostAsJsonAsync("/api/join", new JoinRequest(summary.Code, "Ann\u202Egnp.exe", 0));
        Assert.That(bidi.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var zeroWidth = await http.PostAsJsonAsync("/api/join", new JoinRequest(summary.Code, "A\u200Bnn", 0));
        Assert.That(zeroWidth.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var markup = await seminar.Join(summary.Code, "<b>Bo</b>", 1);
        Assert.That(markup.Name, Is.EqualTo("<b>Bo</b>"), "kept as typed: the pages show it as text");
    }
}
