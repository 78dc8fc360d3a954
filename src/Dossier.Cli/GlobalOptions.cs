using System.CommandLine;

namespace Dossier.Cli;

/// <summary>Options every command takes, before or after its name.</summary>
public static class GlobalOptions
{
    public const string DataName = "--data";

    /// <summary>A new option per command tree: System.CommandLine symbols keep their parents, so trees must not share them.</summary>
    public static Option<string?> CreateData() => new(DataName)
    {
        Description = "The archive's data folder (default: $DOSSIER_DATA, else ./dossier-data).",
        Recursive = true,
    };
}
