using Debate.Console.Play;
using Terminal.Gui.App;

namespace Debate.Console.Shell.Hosting;

/// <summary>
/// Runs the menus and matches on the board: starts the toolkit (instance model), brings every
/// <c>await</c> back to its UI thread, starts the flow once the first frame is up, and closes the
/// window when the flow ends, a signal comes or Ctrl+C is pressed. The toolkit restores the
/// terminal on the way out, whatever the way out is.
/// </summary>
internal static class BoardHost
{
    public static int Run(ShellSettings settings, Func<IShellUi, ShellContext> makeContext, Func<ShellContext, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(makeContext);
        ArgumentNullException.ThrowIfNull(body);
        var previous = SynchronizationContext.Current;
        ShellWindow? window = null;
        Task<int>? flow = null;
        SignalGuard? signals = null;
        using (var app = Application.Create())
        {
            app.Init();
            try
            {
                window = new ShellWindow(app, settings);
                var shell = window;
                signals = new SignalGuard(why => app.Invoke(() => shell.Interrupt(why)));
                SynchronizationContext.SetSynchronizationContext(new UiContext(app));
                var context = makeContext(new TuiShell(app, window, settings));

                // A stop asked for during the first frame would be lost: start the flow from a timer.
                app.AddTimeout(TimeSpan.Zero, () =>
                {
                    flow = Start(app, shell, body, context);
                    return false;
                });
                app.Run(window);
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
                window?.Dispose();
            }
        }

        if (signals is not null)
        {
            signals.Closed = true;
            signals.Dispose();
        }

        // The toolkit leaves the alternate screen and mouse reporting; the cursor it hid must come back too.
        SignalGuard.ShowCursor();

        if (window?.Interrupted is { } why)
        {
            System.Console.Error.WriteLine($"debate: interrupted ({why}). Every completed move is saved: run debate and choose Resume to carry on.");
            return why == "Ctrl+C" ? 130 : 128 + SignalGuard.Number(why);
        }

        if (flow is { IsFaulted: true })
        {
            // Rethrown after the terminal is restored: the entry point prints it in one line.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(flow.Exception!.GetBaseException()).Throw();
        }

        return flow is { IsCompletedSuccessfully: true } ? flow.Result : 0;
    }

    private static Task<int> Start(IApplication app, ShellWindow window, Func<ShellContext, Task<int>> body, ShellContext context)
    {
        var flow = body(context);
        flow.ContinueWith(_ => app.RequestStop(window), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.FromCurrentSynchronizationContext());
        return flow;
    }
}
