using System.CommandLine;
using Dossier.Cli.Output;

namespace Dossier.Cli.Accounts;

/// <summary>`dossier token create NAME [--label L]` (prints the bearer token, once), `token list [NAME] [--json]`, `token revoke ID`.</summary>
public static class TokenCommand
{
    public static Command Create()
    {
        var command = new Command("token", "API bearer tokens, acting with their account's role.");
        command.Subcommands.Add(CreateToken());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Command CreateToken()
    {
        var name = new Argument<string>("name") { Description = "The account the token acts as." };
        var label = new Option<string>("--label") { Description = "What the token is for.", DefaultValueFactory = _ => "" };
        var command = new Command("create", "Create a token and print it (shown once; only its hash is kept).") { name, label };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            return AccountCommandContext.RunAsync(context, cancellationToken, async (desk, _) =>
            {
                var created = await desk.CreateTokenAsync(parseResult.GetValue(name) ?? "", parseResult.GetValue(label) ?? "", AccountCommandContext.Actor, cancellationToken).ConfigureAwait(false);
                // The secret alone on stdout, so `TOKEN=$(dossier token create bot)` works; the id goes to stderr.
                context.Output.WriteLine(created.Secret);
                context.Error.WriteLine($"token {created.Token.Id} for {parseResult.GetValue(name)}; send it as 'Authorization: Bearer <token>'");
                return 0;
            });
        });
        return command;
    }

    private static Command List()
    {
        var name = new Argument<string?>("name") { Description = "Only this account's tokens.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var command = new Command("list", "List tokens (ids, labels, dates; never the secrets).") { name, json };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            return AccountCommandContext.RunAsync(context, cancellationToken, async (desk, archive) =>
            {
                var accounts = await desk.ListAsync(cancellationToken).ConfigureAwait(false);
                var wanted = parseResult.GetValue(name);
                var owner = wanted is null ? null : accounts.FirstOrDefault(a => string.Equals(a.Name, wanted, StringComparison.OrdinalIgnoreCase))
                    ?? throw new Core.Accounts.AccountException($"no account '{wanted}'");
                var names = accounts.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
                var tokens = await archive.Accounts!.ListTokensAsync(owner?.Id, cancellationToken).ConfigureAwait(false);
                if (parseResult.GetValue(json))
                {
                    Json.Write(context.Output, tokens.Select(t => new { id = t.Id, account = names.GetValueOrDefault(t.AccountId), label = t.Label, created_at = t.CreatedAt, revoked_at = t.RevokedAt }));
                    return 0;
                }
                foreach (var t in tokens)
                {
                    var state = t.RevokedAt is null ? "live" : "revoked";
                    context.Output.WriteLine($"{t.Id}  {names.GetValueOrDefault(t.AccountId),-20} {state,-8} {t.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)}  {t.Label}");
                }
                return 0;
            });
        });
        return command;
    }

    private static Command Revoke()
    {
        var id = new Argument<string>("id") { Description = "The token's id (tok_…), from `token list`." };
        var command = new Command("revoke", "Revoke a token: it is refused from the next request on.") { id };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            return AccountCommandContext.RunAsync(context, cancellationToken, async (desk, _) =>
            {
                if (!await desk.RevokeTokenAsync(parseResult.GetValue(id) ?? "", AccountCommandContext.Actor, cancellationToken).ConfigureAwait(false))
                {
                    context.Error.WriteLine($"error: no live token '{parseResult.GetValue(id)}'");
                    return 2;
                }
                context.Output.WriteLine("revoked " + parseResult.GetValue(id));
                return 0;
            });
        });
        return command;
    }
}
