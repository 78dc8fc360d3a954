using System.CommandLine;
using Dossier.Cli.Records;

namespace Dossier.Cli;

/// <summary>The `dossier` command: a thin shell over the archive's services.</summary>
public static class DossierCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Dossier: a digital archive for translated historical primary sources.");
        root.Options.Add(GlobalOptions.Data);
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }
}
