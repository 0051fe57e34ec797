using Terminal.Gui.App;
using Terminal.Gui.Views;

namespace Debate.Console.Shell.Hosting;

/// <summary>
/// Brings every <c>await</c> in the menus and the match back to the UI thread. On the UI thread
/// while the window runs, a continuation runs at once (as the toolkit's own context does), so the
/// next screen is up before the next key typed ahead is read; from another thread (an opponent
/// thinking) or before the window runs, it is queued on the application's timers.
/// </summary>
internal sealed class UiContext(IApplication app) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (app.MainThreadId == Environment.CurrentManagedThreadId && app.TopRunnableView is Runnable { IsRunning: true })
        {
            d(state);
            return;
        }

        app.TimedEvents?.Add(TimeSpan.Zero, () =>
        {
            d(state);
            return false;
        });
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("The shell never waits on the UI thread; post instead.");

    public override SynchronizationContext CreateCopy() => this;
}
