using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Cli.Search;

/// <summary>`dossier search QUERY [--json] [--limit N] [--offset N] [--lang L] [--from DATE] [--to DATE] [--collection C] [--person P] [--place P] [--facets] [--sort S]`.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words, \"phrases\", AND / OR / NOT, field:value, prefix*." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 10, Description = "Hits per page." };
        var offset = new Option<int>("--offset") { DefaultValueFactory = _ => 0, Description = "Hits to skip." };
        var lang = new Option<string[]>("--lang") { Description = "Only layers in this language (ru, en, az-Cyrl…).", AllowMultipleArgumentsPerToken = true };
        var from = new Option<string?>("--from") { Description = "Only records dated on or after (1955, 1955-08, 1955-08-02)." };
        var to = new Option<string?>("--to") { Description = "Only records dated on or before." };
        var collection = new Option<string[]>("--collection") { Description = "Only records of this collection." };
        var person = new Option<string[]>("--person") { Description = "Only records naming this person (authority id or name)." };
        var place = new Option<string[]>("--place") { Description = "Only records naming this place." };
        var facets = new Option<bool>("--facets") { Description = "Count facets over all hits." };
        var sort = new Option<string>("--sort") { DefaultValueFactory = _ => "relevance", Description = "relevance, date or -date." };
        var command = new Command("search", "Search the archive.") { query, json, limit, offset, lang, from, to, collection, person, place, facets, sort };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            if (!TryDate(parseResult.GetValue(from), start: true, out var fromDay) || !TryDate(parseResult.GetValue(to), start: false, out var toDay))
            {
                context.Error.WriteLine("error: --from and --to take dates such as 1955, 1955-08 or 1955-08-02");
                return 2;
            }
            if (!TrySort(parseResult.GetValue(sort), out var order))
            {
                context.Error.WriteLine("error: --sort takes relevance, date or -date");
                return 2;
            }
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            if (archive.Index is null)
            {
                context.Error.WriteLine("error: " + (archive.IndexUnavailableReason ?? "this archive has no search index"));
                return 2;
            }
            await archive.Index.CatchUpAsync(null, cancellationToken).ConfigureAwait(false);
            var request = new SearchRequest
            {
                Query = parseResult.GetValue(query) ?? "",
                Limit = Math.Clamp(parseResult.GetValue(limit), 1, 1000),
                Offset = Math.Max(0, parseResult.GetValue(offset)),
                Languages = parseResult.GetValue(lang) ?? [],
                From = fromDay,
                To = toDay,
                Collections = parseResult.GetValue(collection) ?? [],
                People = parseResult.GetValue(person) ?? [],
                Places = parseResult.GetValue(place) ?? [],
                Facets = parseResult.GetValue(facets),
                Sort = order,
            };
            var result = await archive.Index.SearchAsync(request, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                Json.Write(context.Output, result);
            }
            else
            {
                SearchResultPrinter.Print(context.Output, result, request);
            }
            return 0;
        });
        return command;
    }

    private static bool TryDate(string? text, bool start, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var date = HistoricalDateParser.Parse(text);
        if (date is null)
        {
            return false;
        }
        day = start ? date.Start : date.End;
        return true;
    }

    private static bool TrySort(string? text, out SearchSort sort)
    {
        sort = text?.ToLowerInvariant() switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "date" or "date-asc" => SearchSort.DateAscending,
            "-date" or "date-desc" => SearchSort.DateDescending,
            _ => (SearchSort)(-1),
        };
        return Enum.IsDefined(sort);
    }

    internal static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
