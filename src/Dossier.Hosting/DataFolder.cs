namespace Dossier.Hosting;

/// <summary>Where the archive lives: --data, else DOSSIER_DATA, else ./dossier-data.</summary>
public static class DataFolder
{
    public const string EnvironmentVariable = "DOSSIER_DATA";

    public const string Default = "dossier-data";

    public static string Resolve(string? option)
    {
        var chosen = !string.IsNullOrWhiteSpace(option)
            ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : Default;
        return Path.GetFullPath(chosen);
    }
}
