using Terminal.Gui.App;

namespace Debate.Console.Shell.Hosting;

/// <summary>
/// Brings every <c>await</c> in the menus and the match back to the UI thread: a continuation is
/// queued on the application's timers and runs in the main loop's next pass. Thinking done on
/// another thread and the pacing timers thus always resume where views may be touched.
/// </summary>
internal sealed class UiContext(IApplication app) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
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
