using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Core.Authorities;

namespace Dossier.Cli.Authorities;

/// <summary>
/// `people proposals`, `people merge KEEP OTHER`, `people split ID --variant NAME…`: probable matches are
/// only proposed, with their evidence; a merge or split is made final by a person, in one transaction.
/// </summary>
public static class AuthorityEditCommands
{
    public static Command Proposals()
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 100, Description = "How many at most." };
        var command = new Command("proposals", "Authority records that are probably the same, with the evidence and a confidence.") { json, limit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var proposals = await new AuthorityService(archive.Store)
                .ProposeMergesAsync(Math.Clamp(parseResult.GetValue(limit), 1, 100_000), cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                Json.Write(context.Output, proposals);
                return 0;
            }
            foreach (var proposal in proposals)
            {
                context.Output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{proposal.Confidence:0.00}  {proposal.KeepId} {proposal.KeepName}  ~  {proposal.MergeId} {proposal.MergeName}"));
                context.Output.WriteLine("      " + string.Join("; ", proposal.Evidence));
            }
            context.Output.WriteLine($"{proposals.Count} proposals; make one final with `dossier people merge KEEP OTHER`");
            return 0;
        });
        return command;
    }

    public static Command Merge()
    {
        var keep = new Argument<string>("keep") { Description = "The authority id that stays." };
        var other = new Argument<string>("other") { Description = "The authority id merged into it (its variants and citing records move over)." };
        var command = new Command("merge", "Merge two authority records into one.") { keep, other };
        command.SetAction((parseResult, cancellationToken) => EditAsync(
            parseResult, "merged into",
            (service, token) => service.MergeAsync(parseResult.GetValue(keep)!, parseResult.GetValue(other)!, token),
            cancellationToken));
        return command;
    }

    public static Command Split()
    {
        var id = new Argument<string>("id") { Description = "The authority id to split." };
        var variants = new Option<string[]>("--variant")
        {
            Description = "A name variant that moves to the new authority record (repeat for more).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("split", "Move name variants of an authority record to a new one.") { id, variants };
        command.SetAction((parseResult, cancellationToken) => EditAsync(
            parseResult, "split off",
            (service, token) => service.SplitAsync(parseResult.GetValue(id)!, parseResult.GetValue(variants) ?? [], token),
            cancellationToken));
        return command;
    }

    /// <summary>Runs one edit in its transaction, lets the index catch up, and reports the authority it leaves.</summary>
    private static async Task<int> EditAsync(
        ParseResult parseResult, string done, Func<AuthorityService, CancellationToken, Task<Authority>> edit, CancellationToken cancellationToken)
    {
        var context = new CommandContext(parseResult);
        await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var authority = await archive.WriteAsync((store, token) => edit(new AuthorityService(store), token), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{done} {authority.Id} {authority.PreferredName} ({authority.Variants.Count} variants)");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            context.Error.WriteLine("error: " + e.Message);
            return 2;
        }
    }
}
