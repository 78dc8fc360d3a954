using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Web.Accounts;

namespace Dossier.Cli.Accounts;

/// <summary>
/// `dossier user add NAME --role reader|contributor|editor|admin [--password P]`, `user list [--json]`,
/// `user role NAME ROLE`, `user password NAME [--password P]`, `user delete NAME`: the workspace's accounts.
/// </summary>
public static class UserCommand
{
    public static Command Create()
    {
        var command = new Command("user", "Workspace accounts: add, list, change role, reset password, delete.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Role());
        command.Subcommands.Add(Password());
        command.Subcommands.Add(Delete());
        return command;
    }

    private static Option<string> RoleOption(bool required) => new("--role")
    {
        Description = "The account's role: " + string.Join("|", ArchiveRoles.All) + ".",
        Required = required,
    };

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "The name to sign in with." };
        var role = RoleOption(required: true);
        var password = new Option<string?>("--password") { Description = "Set this password (else a one-time password is printed, to be changed at first sign-in)." };
        var command = new Command("add", "Add an account.") { name, role, password };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            return AccountCommandContext.RunAsync(context, cancellationToken, async (desk, _) =>
            {
                var added = await desk.AddAsync(parseResult.GetValue(name) ?? "", parseResult.GetValue(role) ?? "", parseResult.GetValue(password), AccountCommandContext.Actor, cancellationToken).ConfigureAwait(false);
                context.Output.WriteLine($"added {added.Account.Name} ({added.Account.Role})");
                if (added.OneTimePassword is { } oneTime)
                {
                    context.Output.WriteLine("one-time password: " + oneTime);
                    context.Output.WriteLine("(shown once; it must be changed at first sign-in)");
                }
                return 0;
            });
        });
        return command;
    }

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var command = new Command("list", "List the accounts.") { json };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            return AccountCommandContext.RunAsync(context, cancellationToken, async (desk, archive) =>
            {
                var accounts = await desk.ListAsync(cancellationToken).ConfigureAwait(false);
                var now = archive.Time.GetUtcNow();
                if (parseResult.GetValue(json))
                {
                    Json.Write(context.Output, accounts.Select(a => new { name = a.Name, role = a.Role, created_at = a.CreatedAt, locked_until = a.LockoutEnd > now ? a.LockoutEnd : null, must_change_password = a.MustChangePassword }));
                    return 0;
                }
                foreach (var a in accounts)
                {
                    var state = a.LockoutEnd > now ? "  locked until " + a.LockoutEnd.Value.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : "";
                    context.Output.WriteLine($"{a.Name,-24} {a.Role,-12}{state}");
                }
                context.Output.WriteLine($"{accounts.Count} accounts");
                return 0;
            });
        });
        return command;
    }

    private static Command Role()
    {
        var name = new Argument<string>("name");
        var role = new Argument<string>("role") { Description = string.Join("|", ArchiveRoles.All) };
        var command = new Command("role", "Change an account's role.") { name, role };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            return AccountCommandContext.RunAsync(context, cancellationToken, async (desk, _) =>
            {
                var account = await desk.SetRoleAsync(parseResult.GetValue(name) ?? "", parseResult.GetValue(role) ?? "", AccountCommandContext.Actor, cancellationToken).ConfigureAwait(false);
                context.Output.WriteLine($"{account.Name} is now {account.Role}");
                return 0;
            });
        });
        return command;
    }

    private static Command Password()
    {
        var name = new Argument<string>("name");
        var password = new Option<string?>("--password") { Description = "The new password (else a one-time password is printed)." };
        var command = new Command("password", "Reset an account's password, ending its sessions and lockout.") { name, password };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            return AccountCommandContext.RunAsync(context, cancellationToken, async (desk, _) =>
            {
                var given = parseResult.GetValue(password);
                var chosen = given ?? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');
                await desk.SetPasswordAsync(parseResult.GetValue(name) ?? "", chosen, mustChange: given is null, AccountCommandContext.Actor, cancellationToken).ConfigureAwait(false);
                context.Output.WriteLine(given is null ? "one-time password: " + chosen : "password set");
                return 0;
            });
        });
        return command;
    }

    private static Command Delete()
    {
        var name = new Argument<string>("name");
        var command = new Command("delete", "Delete an account and its API tokens.") { name };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            return AccountCommandContext.RunAsync(context, cancellationToken, async (desk, _) =>
            {
                await desk.DeleteAsync(parseResult.GetValue(name) ?? "", AccountCommandContext.Actor, cancellationToken).ConfigureAwait(false);
                context.Output.WriteLine("deleted " + parseResult.GetValue(name));
                return 0;
            });
        });
        return command;
    }
}
