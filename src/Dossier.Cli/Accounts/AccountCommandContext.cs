using Dossier.Core.Accounts;
using Dossier.Core.Composition;
using Dossier.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Cli.Accounts;

/// <summary>Runs an account command with the archive's <see cref="IAccountDesk"/>; a refused change prints its reason and exits 2.</summary>
internal static class AccountCommandContext
{
    /// <summary>Who the audit log names for changes made from the command line.</summary>
    public const string Actor = "cli";

    public static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken, Func<IAccountDesk, Archive, Task<int>> action)
    {
        await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
        await using var services = AccountServices.BuildDeskProvider(archive);
        await using var scope = services.CreateAsyncScope();
        try
        {
            return await action(scope.ServiceProvider.GetRequiredService<IAccountDesk>(), archive).ConfigureAwait(false);
        }
        catch (AccountException e)
        {
            await context.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 2;
        }
    }
}
