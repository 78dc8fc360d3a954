using System.CommandLine;
using Dossier.Cli.Authorities;
using Dossier.Cli.Integrity;
using Dossier.Cli.Records;
using Dossier.Cli.Search;

using Dossier.Core.Authorities;

namespace Dossier.Cli;

/// <summary>The `dossier` command: a thin shell over the archive's services.</summary>
public static class DossierCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Dossier: a digital archive for translated historical primary sources.");
        root.Options.Add(GlobalOptions.CreateData());
        root.Options.Add(GlobalOptions.CreateDatabase());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(CiteCommand.Create());
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(Scans.AttachCommand.Create());
        root.Subcommands.Add(DeleteCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        var people = AuthorityListCommand.Create("people", AuthorityKind.Person, "People: authority records, name variants, citing documents.");
        people.Subcommands.Add(AuthorityEditCommands.Proposals());
        people.Subcommands.Add(AuthorityEditCommands.Merge());
        people.Subcommands.Add(AuthorityEditCommands.Split());
        people.Subcommands.Add(NameCommands.Tidy());
        root.Subcommands.Add(people);
        root.Subcommands.Add(Web.ServeCommand.Create());
        root.Subcommands.Add(Operations.DbCommand.Create());
        root.Subcommands.Add(Operations.MigrateCommand.Create());
        root.Subcommands.Add(Operations.BackupCommand.Create());
        root.Subcommands.Add(Operations.RestoreCommand.Create());
        root.Subcommands.Add(Accounts.UserCommand.Create());
        root.Subcommands.Add(Accounts.TokenCommand.Create());
        root.Subcommands.Add(Accounts.AuditCommand.Create());
        root.Subcommands.Add(AuthorityListCommand.Create("places", AuthorityKind.Place, "Places: authority records, name variants, citing documents."));
        root.Subcommands.Add(NameCommands.Names());
        return root;
    }
}
