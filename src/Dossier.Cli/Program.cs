using System.CommandLine;
using Dossier.Cli;
using Dossier.Storage.Providers.Postgres;

// On SIGTERM or Ctrl+C, `serve` stops taking connections and lets requests in flight finish (ASP.NET Core's host
// waits up to 30 s); System.CommandLine's own default would end the process 2 s after the signal, cutting them off.
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(35), EnableDefaultExceptionHandler = false };
try
{
    if (Dossier.Cli.Web.CollectorBudget.NamesServe(args))
    {
        // Restarts the process with the collector's budget for serving set, unless it is set already: first of all, so
        // that the image replaced has done as little as it can (building and parsing the commands is about 30 ms).
        Dossier.Cli.Web.CollectorBudget.Apply();
    }
    return await DossierCommand.Create().Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
}
catch (Exception e)
{
    // As System.CommandLine's own handler does (a cancelled command says nothing, any other error its whole stack),
    // but a database that cannot be reached gets one line that says which and why.
    if (e is not OperationCanceledException)
    {
        await Console.Error.WriteLineAsync(PostgresUnreachable.Describe(e) is { } problem ? "dossier: " + problem : "Unhandled exception: " + e).ConfigureAwait(false);
    }
    return 1;
}
