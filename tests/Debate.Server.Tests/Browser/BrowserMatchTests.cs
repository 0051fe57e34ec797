using Debate.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Debate.Server.Tests.Browser;

/// <summary>
/// The pages in a real browser: the instructor opens a room on their page, two students join from
/// their own devices (a phone and a laptop), the projector watches, and the match is played to the
/// verdict by clicking what the pages offer.
/// </summary>
[TestFixture]
[Category("Browser")]
public sealed class BrowserMatchTests
{
    [Test]
    public async Task TwoPlayersAndTheProjector_PlayAShortMatchToTheVerdict()
    {
        var data = Hosting.Seminar.NewDataFolder();
        var settings = new ServeSettings { DataFolder = data, Port = 0, OpponentPace = TimeSpan.Zero };
        await using var app = SeminarApp.Build(settings);
        await app.StartAsync();
        var url = app.Urls.First();
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.Launch(playwright);
            var outside = new List<string>();
            var instructor = await Chromium.Device(browser, 1280, 900);
            Watch(instructor, url, outside);
            await instructor.GotoAsync($"{url}/instructor?key={settings.InstructorKey}");
            await Assertions.Expect(instructor.Locator("#open")).ToBeEnabledAsync();
            await instructor.Locator("#plan-seats button:has-text('Remove')").Last.ClickAsync();
            await instructor.Locator("#plan-seats button:has-text('Remove')").Last.ClickAsync();
            await instructor.FillAsync("#seed", "12");
            await instructor.ClickAsync("button:has-text('Open the room')");
            var code = await instructor.Locator(".room .code").First.InnerTextAsync();
            var projectorLink = await instructor.Locator(".room a:has-text('Projector page')").First.GetAttributeAsync("href");

            var projector = await Chromium.Device(browser, 1280, 800);
            Watch(projector, url, outside);
            await projector.GotoAsync(url + projectorLink);
            await Expect(projector.Locator(".join .code")).ToHaveTextAsync(code);

            var players = new List<IPage>();
            foreach (var (name, seat, width, height) in new[] { ("Ann", 0, 390, 844), ("Bo", 1, 1280, 800) })
            {
                var page = await Chromium.Device(browser, width, height);
                Watch(page, url, outside);
                await page.GotoAsync(url);
                await page.FillAsync("#code", code.ToLowerInvariant());
                await page.ClickAsync("button:has-text('Find the room')");
                await page.FillAsync("#name", name);
                await page.CheckAsync($"input[name=seat][value='{seat}']");
                await page.ClickAsync("button:has-text('Take this seat')");
                await Chromium.Explain(page, () => Expect(page.Locator("#you")).ToHaveTextAsync(name));
                players.Add(page);
            }

            await Expect(projector.Locator("#state")).ToContainTextAsync("has the floor");
            await Chromium.Shot(players[0], "player-phone-start");
            Assert.That(await Overflow(players[0]), Is.Zero, "nothing runs off the side of the phone's page");
            var played = new HashSet<string>();
            var deadline = DateTime.UtcNow.AddMinutes(6);
            while (await projector.Locator(".verdict").CountAsync() == 0)
            {
                Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the match did not reach its verdict in six minutes");
                foreach (var page in players)
                {
                    await Turn(page, played);
                }

                await Task.Delay(50);
            }

            var headline = await projector.Locator(".verdict .headline").InnerTextAsync();
            foreach (var page in players)
            {
                await Expect(page.Locator(".verdict .headline")).ToHaveTextAsync(headline);
            }

            await Chromium.Shot(players[0], "player-phone-verdict");
            Assert.That(await Overflow(players[0]), Is.Zero, "nothing runs off the side of the phone's page at the verdict");
            Assert.That(await players[0].EvaluateAsync<int>("() => { const w = document.querySelector('.verdict .table-wrap'); return w.scrollWidth - w.clientWidth; }"), Is.Zero,
                "on the phone the verdict's bloc table fits its box (each bloc stacked), with no sideways scroll");
            Assert.That(await projector.Locator(".card").CountAsync(), Is.Zero, "no hand on the projector");
            Assert.That(await projector.Locator(".floor li").CountAsync(), Is.GreaterThan(0), "cards were played from the pages");
            Assert.That(outside, Is.Empty, "every request stays on this server");
            await Chromium.Shot(projector, "projector-verdict");
            await Chromium.Shot(players[1], "player-laptop-verdict");
            await instructor.ReloadAsync();
            await Expect(instructor.Locator(".room").First).ToContainTextAsync("over");
            await Chromium.Shot(instructor, "instructor-over");
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>On the player's turn: play one card a speech where one is playable, else end the speech; then wait for the screen to change.</summary>
    private static async Task Turn(IPage page, HashSet<string> played)
    {
        if (!await page.Locator("#end-row").IsVisibleAsync())
        {
            return;
        }

        var before = await page.EvaluateAsync<string>("() => document.body.dataset.moveCount");
        var speech = $"{page.Url}:{await page.EvaluateAsync<string>("() => document.body.dataset.speech")}";
        if (played.Add(speech) && await page.Locator(".card.playable").CountAsync() > 0)
        {
            await page.Locator(".card.playable > summary").First.ClickAsync();
            await page.Locator(".card.playable button.move").First.ClickAsync();
        }
        else
        {
            await page.ClickAsync("#end");
        }

        await page.WaitForFunctionAsync("n => document.body.dataset.moveCount !== n", before);
    }

    /// <summary>How many CSS pixels the page is wider than its window (0 when nothing is cut off at the side).</summary>
    private static Task<int> Overflow(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");

    private static void Watch(IPage page, string origin, List<string> outside)
    {
        page.Console += (_, message) => TestContext.Progress.WriteLine($"console: {message.Text}");
        page.PageError += (_, error) => TestContext.Progress.WriteLine($"page error: {error}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                lock (outside)
                {
                    outside.Add(request.Url);
                }
            }
        };
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
