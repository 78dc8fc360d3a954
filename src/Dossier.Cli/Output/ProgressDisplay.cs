using Dossier.Core.Importing;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>
/// A progress bar per file (records and MB/s) on a terminal, then one per step after the files (people tidied, names
/// linked again, the index brought up to date: <see cref="ImportStep"/>); nothing when output is redirected or JSON.
/// </summary>
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
            .StartAsync(async progress => result = await work(new Bars(progress)).ConfigureAwait(false)).ConfigureAwait(false);
        return result;
    }

    /// <summary>The bars, told from the import's threads (one at a time).</summary>
    private sealed class Bars(ProgressContext progress) : IProgress<ImportProgress>, IProgress<ImportStep>
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, ProgressTask> _files = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ProgressTask> _steps = new(StringComparer.Ordinal);

        public void Report(ImportProgress value)
        {
            lock (_lock)
            {
                var task = Task(_files, value.File, Path.GetFileName(value.File), value.FileBytes);
                // Reading the bytes is not the end: parsing and storing follow, so the bar stops short of 100% until
                // the file is stored, and says which step it is in.
                task.Value = value.Stored ? task.MaxValue : Math.Min(value.BytesRead, task.MaxValue * 0.99);
                var step = !value.Stored
                    ? (value.BytesRead >= value.FileBytes ? $"reading · {value.RecordsRead} records" : $"{value.RecordsRead} records")
                    : $"{value.RecordsRead} records stored";
                task.Description = Markup.Escape($"{Path.GetFileName(value.File)} · {step}");
            }
        }

        public void Report(ImportStep value)
        {
            lock (_lock)
            {
                var task = Task(_steps, value.Name, value.Name, value.Total);
                task.MaxValue = Math.Max(1, value.Total);
                task.Value = Math.Min(value.Done, task.MaxValue);
                // A step that counts records says how many; the others are begun or over.
                var count = value is { Total: > 1 } ? $" · {value.Done} of {value.Total}" : "";
                task.Description = Markup.Escape($"{value.Name}{count}");
            }
        }

        private ProgressTask Task(Dictionary<string, ProgressTask> tasks, string key, string name, long total)
        {
            if (!tasks.TryGetValue(key, out var task))
            {
                task = progress.AddTask(Markup.Escape(name), maxValue: Math.Max(1, total));
                tasks[key] = task;
            }
            return task;
        }
    }
}
