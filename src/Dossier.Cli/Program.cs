using Dossier.Cli;

return await DossierCommand.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
