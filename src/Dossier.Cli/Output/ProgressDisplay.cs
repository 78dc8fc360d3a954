using Dossier.Core.Importing;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>A progress bar per file (records and MB/s) on a terminal; nothing when output is redirected or JSON.</summary>
public static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(CommandContext context, bool show, Func<IProgress<ImportProgress>?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        if (!show || !context.Interactive)
        {
            return await work(null).ConfigureAwait(false);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var reporter = new Progress<ImportProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.File, out var task))
                    {
                        task = progress.AddTask(Markup.Escape(Path.GetFileName(p.File)), maxValue: Math.Max(1, p.FileBytes));
                        tasks[p.File] = task;
                    }
                    // Reading the bytes is not the end: parsing, storing and (after the last file) indexing follow,
                    // so the bar stops short of 100% until the file is stored, and says which step it is in.
                    task.Value = p.Stored ? task.MaxValue : Math.Min(p.BytesRead, task.MaxValue * 0.99);
                    var step = !p.Stored
                        ? (p.BytesRead >= p.FileBytes ? $"reading · {p.RecordsRead} records" : $"{p.RecordsRead} records")
                        : p.FileIndex == p.FileCount - 1 ? $"{p.RecordsRead} records stored · indexing" : $"{p.RecordsRead} records stored";
                    task.Description = Markup.Escape($"{Path.GetFileName(p.File)} · {step}");
                });
                result = await work(reporter).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return result;
    }
}
