using Microsoft.Playwright;

namespace Debate.Server.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright (which cannot download browsers here): the
/// flags keep it off the network (no background requests, no QUIC, no updates). Playwright gives
/// each launch a fresh user-data-dir and each context its own storage, so contexts are separate
/// devices. CI installs the package; elsewhere a missing browser skips the browser tests.
/// </summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>How long a step may take: generous, because six engineers' builds share this machine's two cores.</summary>
    public const float Patience = 120_000;

    public static async Task<IBrowser> Launch(IPlaywright playwright)
    {
        Assertions.SetDefaultExpectTimeout(Patience);
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(Path))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail($"{Path} is missing: .ci/run installs Debian's chromium for the browser tests.");
            }

            Assert.Ignore($"{Path} is not installed (apt-get install chromium); the browser tests run in CI.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Headless = true, Args = Flags });
    }

    /// <summary>A page in a context of its own (its own storage: another device), at a phone's or a laptop's size.</summary>
    public static async Task<IPage> Device(IBrowser browser, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        context.SetDefaultTimeout(Patience);
        return await context.NewPageAsync();
    }

    /// <summary>Runs a step; when it fails, says what the page showed (address, alerts, banner) before failing.</summary>
    public static async Task Explain(IPage page, Func<Task> step)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            await step();
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException or AssertionException)
        {
            var text = await page.EvaluateAsync<string>("() => document.body ? document.body.innerText.slice(0, 1500) : ''");
            Assert.Fail($"{ex.Message}\nThe page at {page.Url} showed:\n{text}");
        }
    }

    /// <summary>Saves a full-page screenshot when DEBATE_SCREENSHOTS names a folder (for looking at the pages, not for asserting).</summary>
    public static async Task Shot(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Environment.GetEnvironmentVariable("DEBATE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
