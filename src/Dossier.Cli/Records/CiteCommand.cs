using System.CommandLine;
using Dossier.Core.Citations;

namespace Dossier.Cli.Records;

/// <summary>`dossier cite ID --style chicago|mla|apa|bibtex|ris|csl-json [--permalink URL] [--accessed DATE]`: one record's citation.</summary>
public static class CiteCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The archive id or a source record id (119698, frus1961-63v06/d1)." };
        var style = new Option<string>("--style") { Description = "chicago, mla, apa, bibtex, ris or csl-json.", DefaultValueFactory = _ => "chicago" };
        var permalink = new Option<string?>("--permalink") { Description = "Cite this installation's permalink instead of the source's URL." };
        var accessed = new Option<string?>("--accessed") { Description = "The day of access (YYYY-MM-DD) to give in the citation." };
        var command = new Command("cite", "Cite one record (the archive's name comes from DOSSIER_SITE_NAME).") { id, style, permalink, accessed };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            if (CitationStyles.Parse(parseResult.GetValue(style)) is not { } chosen)
            {
                context.Error.WriteLine($"error: --style: unknown style '{parseResult.GetValue(style)}' (chicago, mla, apa, bibtex, ris, csl-json)");
                return 2;
            }
            DateOnly? day = null;
            if (parseResult.GetValue(accessed) is { } accessedText)
            {
                if (!DateOnly.TryParseExact(accessedText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                {
                    context.Error.WriteLine($"error: --accessed: '{accessedText}' is not a date (YYYY-MM-DD)");
                    return 2;
                }
                day = parsed;
            }
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var wanted = parseResult.GetValue(id) ?? "";
            var record = await archive.Store.Records.FindAsync(wanted, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                context.Error.WriteLine($"error: no record '{wanted}' in {context.DataFolder}");
                return 2;
            }
            var options = CitationOptions.FromEnvironment() with { Permalink = parseResult.GetValue(permalink), Accessed = day };
            context.Output.WriteLine(CitationFormatter.Format(record, chosen, options).TrimEnd('\n'));
            return 0;
        });
        return command;
    }
}
