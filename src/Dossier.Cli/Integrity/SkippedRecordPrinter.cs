using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Cli.Integrity;

/// <summary>Says which stored records the index could not hold, and what to do about them.</summary>
public static class SkippedRecordPrinter
{
    public static void Print(TextWriter output, IReadOnlyList<SkippedRecord> skipped)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(skipped);
        if (skipped.Count == 0)
        {
            return;
        }
        output.WriteLine($"skipped {skipped.Count} record(s) the index cannot hold (`dossier check` lists them, `dossier delete ID` removes one):");
        foreach (var record in skipped)
        {
            output.WriteLine($"  {RecordLimits.Abbreviate(record.Id)}: {record.Reason}");
        }
    }
}
