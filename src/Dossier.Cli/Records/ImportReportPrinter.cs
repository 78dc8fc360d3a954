using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Core.Importing;

namespace Dossier.Cli.Records;

internal static class ImportReportPrinter
{
    public static void Print(CommandContext context, ImportReport report, bool asJson)
    {
        if (asJson)
        {
            Json.Write(context.Output, new
            {
                imported = report.Imported,
                updated = report.Updated,
                unchanged = report.Unchanged,
                failed = report.Failed.Select(f => new { file = f.File, line = f.Line, column = f.Column, field = f.Field, error = f.Error }),
                ids = report.Ids,
            });
            return;
        }
        foreach (var failure in report.Failed)
        {
            context.Error.WriteLine("error: " + failure);
        }
        var summary = string.Format(
            CultureInfo.InvariantCulture,
            "{0} imported, {1} updated, {2} unchanged, {3} failed ({4} files, {5:0.0} MB)",
            report.Imported, report.Updated, report.Unchanged, report.Failed.Count, report.Files, report.Bytes / 1e6);
        if (report.Imported + report.Updated == 0 && report.Unchanged > 0 && report.Failed.Count == 0)
        {
            summary += ": nothing changed";
        }
        context.Output.WriteLine(summary);
    }
}
