using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Core.Authorities;

namespace Dossier.Cli.Authorities;

/// <summary>`dossier people [QUERY] [--json]` and `dossier places [QUERY] [--json]`: authority records with their variants and citing documents.</summary>
public static class AuthorityListCommand
{
    public static Command Create(string name, AuthorityKind kind, string description)
    {
        var query = new Argument<string?>("query") { Description = "A name or part of one, in any spelling.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 50, Description = "How many at most." };
        var command = new Command(name, description) { query, json, limit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var typed = parseResult.GetValue(query);
            var most = Math.Clamp(parseResult.GetValue(limit), 1, 10_000);
            IReadOnlyList<Authority> found;
            if (!string.IsNullOrWhiteSpace(typed) && archive.Index is { } index)
            {
                var contained = (await archive.Store.Authorities.SearchAsync(kind, typed, int.MaxValue, cancellationToken).ConfigureAwait(false))
                    .Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                var answers = await index.Names.ReadAsync(typed, cancellationToken).ConfigureAwait(false);
                var all = await archive.Store.Authorities.SearchAsync(kind, null, int.MaxValue, cancellationToken).ConfigureAwait(false);
                found = AuthorityFinder.Found(all, contained, answers).Take(most).ToList();
            }
            else
            {
                found = await archive.Store.Authorities.SearchAsync(kind, typed, most, cancellationToken).ConfigureAwait(false);
            }
            var rows = new List<AuthorityRow>();
            foreach (var authority in found)
            {
                var recordIds = await archive.Store.Authorities.RecordIdsCitingAsync(authority.Id, cancellationToken).ConfigureAwait(false);
                var records = await archive.Store.Records.GetManyAsync(recordIds, cancellationToken).ConfigureAwait(false);
                var documents = records
                    .Where(r => r.IsPublicAt(archive.Time.GetUtcNow()))
                    .Select(r => new CitingDocument(r.Id, r.Source.RecordId, r.Title, r.Date?.Value))
                    .OrderBy(d => d.Date ?? "", StringComparer.Ordinal)
                    .ThenBy(d => d.SourceId, StringComparer.Ordinal)
                    .ToList();
                rows.Add(new AuthorityRow(authority.Id, authority.Kind, authority.PreferredName, authority.Description,
                    authority.Variants.Select(v => v.Name).Distinct(StringComparer.Ordinal).ToList(), documents));
            }
            if (parseResult.GetValue(json))
            {
                Json.Write(context.Output, rows);
                return 0;
            }
            foreach (var row in rows)
            {
                context.Output.WriteLine($"{row.Id}  {row.Name}{(row.Description is null ? "" : " — " + row.Description)}");
                if (row.Variants.Count > 0)
                {
                    context.Output.WriteLine("    also: " + string.Join("; ", row.Variants));
                }
                foreach (var document in row.Documents)
                {
                    context.Output.WriteLine($"    {document.Date,-10}  {document.SourceId,-22}  {document.Title}");
                }
            }
            context.Output.WriteLine($"{rows.Count} {name}");
            return 0;
        });
        return command;
    }

    private sealed record AuthorityRow(string Id, AuthorityKind Kind, string Name, string? Description, IReadOnlyList<string> Variants, IReadOnlyList<CitingDocument> Documents);

    private sealed record CitingDocument(string Id, string SourceId, string Title, string? Date);
}
