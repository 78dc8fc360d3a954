using System.CommandLine;
using Dossier.Cli;

// On SIGTERM or Ctrl+C, `serve` stops taking connections and lets requests in flight finish (ASP.NET Core's host
// waits up to 30 s); System.CommandLine's own default would end the process 2 s after the signal, cutting them off.
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(35) };
return await DossierCommand.Create().Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
