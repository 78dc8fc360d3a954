using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Core.Authorities;
using Dossier.Core.Storage;

namespace Dossier.Cli.Authorities;

/// <summary>
/// `dossier people [QUERY] [--json] [--documents N]` and `dossier places …`: authority records with their variants, the
/// count of the public documents citing each, and the first of them by date. The catalogue counts and lists them: Dean
/// Rusk's 4,423 documents were each read whole and printed, 4,477 lines in 5.7 s (now 24 lines in 3.3 s).
/// </summary>
public static class AuthorityListCommand
{
    public static Command Create(string name, AuthorityKind kind, string description)
    {
        var query = new Argument<string?>("query") { Description = "A name or part of one, in any spelling.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 50, Description = "How many at most." };
        var documentsShown = new Option<int>("--documents")
        {
            DefaultValueFactory = _ => 20,
            Description = "How many of the public documents citing each to list, by date (0 for none); all are counted.",
        };
        var command = new Command(name, description) { query, json, limit, documentsShown };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var typed = parseResult.GetValue(query);
            var most = Math.Clamp(parseResult.GetValue(limit), 1, 10_000);
            IReadOnlyList<Authority> found;
            if (!string.IsNullOrWhiteSpace(typed) && archive.Index is { } index)
            {
                var folded = NameFolding.Fold(typed);
                var contained = (await archive.Store.Authorities.SearchAsync(kind, typed, int.MaxValue, cancellationToken).ConfigureAwait(false))
                    .Where(a => a.Names().Any(n => AuthorityFinder.Holds(NameFolding.Fold(n), folded)))
                    .Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                var answers = await index.Names.ReadAsync(typed, cancellationToken).ConfigureAwait(false);
                var all = await archive.Store.Authorities.SearchAsync(kind, null, int.MaxValue, cancellationToken).ConfigureAwait(false);
                found = AuthorityFinder.Found(all, contained, answers).Take(most).ToList();
            }
            else
            {
                found = await archive.Store.Authorities.SearchAsync(kind, typed, most, cancellationToken).ConfigureAwait(false);
            }
            var catalogue = archive.Store as ICatalogueSummaries
                ?? throw new InvalidOperationException("the archive's store keeps no catalogue summaries");
            var shown = Math.Clamp(parseResult.GetValue(documentsShown), 0, 100_000);
            var now = archive.Time.GetUtcNow();
            var rows = new List<AuthorityRow>();
            foreach (var authority in found)
            {
                var citing = new CatalogueFilter { CitedBy = authority.Id, InDateOrder = true };
                var count = await catalogue.CountAsync(citing, now, cancellationToken).ConfigureAwait(false);
                var documents = shown == 0 || count == 0
                    ? []
                    : (await catalogue.ListAsync(citing, now, 0, shown, cancellationToken).ConfigureAwait(false))
                        .Select(d => new CitingDocument(d.Id, d.SourceId, d.Title, d.Date?.Value))
                        .ToList();
                rows.Add(new AuthorityRow(authority.Id, authority.Kind, authority.PreferredName, authority.Description,
                    authority.Variants.Select(v => v.Name).Distinct(StringComparer.Ordinal).ToList(), count, documents));
            }
            if (parseResult.GetValue(json))
            {
                Json.Write(context.Output, rows);
                return 0;
            }
            foreach (var row in rows)
            {
                context.Output.WriteLine($"{row.Id}  {TerminalText.OneLine(row.Name)}{(row.Description is null ? "" : " — " + TerminalText.OneLine(row.Description))}");
                if (row.Variants.Count > 0)
                {
                    context.Output.WriteLine("    also: " + string.Join("; ", row.Variants.Select(TerminalText.OneLine)));
                }
                foreach (var document in row.Documents)
                {
                    context.Output.WriteLine($"    {document.Date,-10}  {document.SourceId,-22}  {TerminalText.OneLine(document.Title)}");
                }
                if (row.DocumentCount > row.Documents.Count)
                {
                    context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"    … {row.DocumentCount - row.Documents.Count:N0} more of {row.DocumentCount:N0} documents (--documents N lists more)"));
                }
            }
            context.Output.WriteLine($"{rows.Count} {name}");
            return 0;
        });
        return command;
    }

    private sealed record AuthorityRow(
        string Id, AuthorityKind Kind, string Name, string? Description, IReadOnlyList<string> Variants, int DocumentCount, IReadOnlyList<CitingDocument> Documents);

    private sealed record CitingDocument(string Id, string SourceId, string Title, string? Date);
}
