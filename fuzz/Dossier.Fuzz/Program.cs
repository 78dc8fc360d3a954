using Dossier.Fuzz;

return await Harness.RunAsync(args).ConfigureAwait(false);
