using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Core.Audit;

namespace Dossier.Cli.Accounts;

/// <summary>`dossier audit [--action A] [--actor NAME] [--target T] [--limit N] [--json]`: the audit log, newest first.</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var action = new Option<string?>("--action") { Description = "Only this action (e.g. account.sign-in-failed, record.published)." };
        var actor = new Option<string?>("--actor") { Description = "Only what this account did." };
        var target = new Option<string?>("--target") { Description = "Only what was done to this account, token or record." };
        var limit = new Option<int>("--limit") { Description = "How many entries.", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var command = new Command("audit", "Show the audit log: sign-ins, permission changes, tokens, publishes, deletes, merges.") { action, actor, target, limit, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var entries = await archive.Audit!.ReadAsync(new AuditQuery
            {
                Action = parseResult.GetValue(action),
                Actor = parseResult.GetValue(actor),
                Target = parseResult.GetValue(target),
                Limit = Math.Clamp(parseResult.GetValue(limit), 1, 10_000),
            }, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                Json.Write(context.Output, entries);
                return 0;
            }
            foreach (var e in entries)
            {
                context.Output.WriteLine(string.Join("  ", new[]
                {
                    e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    e.Action, e.Actor ?? "-", e.Target ?? "-", e.Detail ?? "", e.Address ?? "",
                }.Where(s => s.Length > 0)));
            }
            return 0;
        });
        return command;
    }
}
