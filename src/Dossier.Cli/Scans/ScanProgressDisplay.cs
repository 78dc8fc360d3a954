using Dossier.Core.Scans;
using Spectre.Console;

namespace Dossier.Cli.Scans;

/// <summary>A Spectre progress bar for a scan job on a terminal; nothing when stderr is redirected.</summary>
public static class ScanProgressDisplay
{
    public static async Task<T> RunAsync<T>(CommandContext context, string name, Func<IProgress<ScanProgress>?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        if (!context.Interactive)
        {
            return await work(null).ConfigureAwait(false);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(name));
                var reporter = new Progress<ScanProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Markup.Escape(name + " · " + p.Step);
                });
                result = await work(reporter).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return result;
    }
}
