using System.CommandLine;

namespace Dossier.Cli;

/// <summary>Options every command takes, before or after its name.</summary>
public static class GlobalOptions
{
    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "The archive's data folder (default: $DOSSIER_DATA, else ./dossier-data).",
        Recursive = true,
    };
}
