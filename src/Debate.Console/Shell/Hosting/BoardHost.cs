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
    private static Task? warming;

    public static int Run(ShellSettings settings, Func<IShellUi, ShellContext> makeContext, Func<ShellContext, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(makeContext);
        ArgumentNullException.ThrowIfNull(body);
        WaitForWarming();
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

                // The flow puts the menu in the window before the first frame, so the first frame is
                // the menu. Its end stops the window through a posted continuation (UiContext), never
                // during the first frame, where a stop would be lost.
                flow = Start(app, shell, body, context);
                app.AddTimeout(TimeSpan.Zero, () =>
                {
                    shell.Current?.Shown();
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

    /// <summary>
    /// Starts loading the toolkit ahead of need (its configuration, its width tables) on the other
    /// core. Nothing may touch the toolkit until <see cref="Run"/> has waited for it: two threads in
    /// its type initialisers at once can deadlock, and the runtime breaks such a deadlock by letting
    /// one of them read a type not yet initialised. That was seen: "debate: Object reference not set
    /// to an instance of an object." before the menu, in a CI run of the terminal tests.
    /// </summary>
    public static void StartWarming() => warming = Task.Run(Warm);

    private static void WaitForWarming()
    {
        try
        {
            warming?.Wait();
        }
        catch (AggregateException)
        {
            // Whatever failed there fails again below, on this thread, where it is reported.
        }
    }

    private static void Warm()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(typeof(Application).Module.ModuleHandle);
        _ = Terminal.Gui.Text.StringExtensions.GetColumns("李 A");
    }

    private static Task<int> Start(IApplication app, ShellWindow window, Func<ShellContext, Task<int>> body, ShellContext context)
    {
        var flow = body(context);
        flow.ContinueWith(_ => app.RequestStop(window), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.FromCurrentSynchronizationContext());
        return flow;
    }
}
