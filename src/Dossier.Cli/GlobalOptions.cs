using System.CommandLine;

namespace Dossier.Cli;

/// <summary>Options every command takes, before or after its name.</summary>
public static class GlobalOptions
{
    public const string DataName = "--data";

    public const string DatabaseName = "--database";

    /// <summary>Every global option's name; each takes a value, and may come before the command's name.</summary>
    public static readonly IReadOnlyList<string> Names = [DataName, DatabaseName];

    /// <summary>A new option per command tree: System.CommandLine symbols keep their parents, so trees must not share them.</summary>
    public static Option<string?> CreateData() => new(DataName)
    {
        Description = "The archive's data folder (default: $DOSSIER_DATA, else ./dossier-data).",
        Recursive = true,
    };

    /// <summary>The PostgreSQL database holding the archive (server mode); the data folder then holds only this node's search index.</summary>
    public static Option<string?> CreateDatabase() => new(DatabaseName)
    {
        Description = "A PostgreSQL database for the archive, postgres://user@host:port/database (default: $DOSSIER_DATABASE, else SQLite in the data folder).",
        Recursive = true,
    };
}
