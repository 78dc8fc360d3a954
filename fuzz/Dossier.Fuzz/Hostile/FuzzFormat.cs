namespace Dossier.Fuzz.Hostile;

/// <summary>An import format under attack: its reader's name and the extension a file of it carries.</summary>
public sealed record FuzzFormat(string Name, string Extension)
{
    public static FuzzFormat WcdaPage { get; } = new("wcda-page", ".md");

    public static FuzzFormat Tei { get; } = new("tei", ".xml");

    public static FuzzFormat Jsonl { get; } = new("jsonl", ".jsonl");

    public static FuzzFormat Csv { get; } = new("csv", ".csv");

    public static IReadOnlyList<FuzzFormat> All { get; } = [WcdaPage, Tei, Jsonl, Csv];

    public static FuzzFormat Named(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal)) ?? throw new ArgumentException($"unknown format '{name}'", nameof(name));

    public override string ToString() => Name;
}
