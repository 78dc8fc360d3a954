using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Core.Authorities;
using Dossier.Core.Names;

namespace Dossier.Cli.Authorities;

/// <summary>
/// `dossier names proposals`: names recognised in the texts below the linking threshold, for an editor;
/// `dossier names relink`: links the recogniser's records again; `dossier people tidy`: merges strong duplicates, drops
/// junk spellings, adds Cyrillic forms and relinks (import does it too).
/// </summary>
public static class NameCommands
{
    public static Command Names()
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 200, Description = "How many at most." };
        var proposals = new Command("proposals", "Names recognised in the texts that wait for an editor (under the linking threshold).") { json, limit };
        proposals.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var found = await NameProposals.ListAsync(archive.Store.Records, Math.Clamp(parseResult.GetValue(limit), 1, 100_000), cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                Json.Write(context.Output, found);
                return 0;
            }
            foreach (var p in found)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Confidence:0.00}  {p.Kind.ToString().ToLowerInvariant(),-6}  {p.Text}  in {p.SourceRecordId ?? p.RecordId} (layer {p.Layer}){(p.AuthorityId is null ? "" : " ~ " + p.AuthorityId)}  {p.Evidence}"));
            }
            context.Output.WriteLine($"{found.Count} names wait for an editor");
            return 0;
        });
        return new Command("names", "People and places recognised in the texts.") { proposals, Relink() };
    }

    /// <summary>`dossier names relink`: links again every record whose links the recogniser set, against today's authority files.</summary>
    private static Command Relink()
    {
        var command = new Command("relink", "Link the people and places of today's authority files in every record the recogniser linked (not editors' or JSON Lines' links).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var report = await archive.WriteAsync((store, token) => new NameRelinker(store).RelinkAsync(NameSnapshot.Empty, null, token), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{report.Relinked.Count} of {report.Examined} records linked anew ({report.NewNames} people and places looked for)");
            return 0;
        });
        return command;
    }

    public static Command Tidy()
    {
        var command = new Command("tidy", "Merge duplicate people where the evidence is strong, drop junk spellings, add Cyrillic forms.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            // A merge gives the kept person the merged one's spellings: records naming them that way are linked again,
            // against the people as merged, before the merges are made (MergePlan), as after an import.
            var (report, relinked) = await archive.WriteAsync(async (store, token) =>
            {
                var before = await NameSnapshot.TakeAsync(store.Authorities, token).ConfigureAwait(false);
                var curation = new AuthorityCuration(store);
                var (tidied, plan) = await curation.PlanAsync(null, token).ConfigureAwait(false);
                var relink = await new NameRelinker(store).RelinkAsync(before, null, plan, null, token).ConfigureAwait(false);
                await curation.MergeAsync(plan, token).ConfigureAwait(false);
                return (tidied, relink);
            }, cancellationToken).ConfigureAwait(false);
            foreach (var merge in report.Merged)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"merged {merge.MergeId} {merge.MergeName} into {merge.KeepId} {merge.KeepName} ({merge.Confidence:0.00}: {string.Join("; ", merge.Evidence)})"));
            }
            context.Output.WriteLine($"{report.Merged.Count} merged, {report.VariantsCleaned} spellings cleaned, {report.CyrillicFormsAdded} Cyrillic forms added, {relinked.Relinked.Count} records linked anew");
            return 0;
        });
        return command;
    }
}
