namespace Dossier.Core.Importing;

/// <summary>
/// Where the work after an import's files stands (the files' own progress is <see cref="ImportProgress"/>): the people
/// tidied, the records linked again to the names the import brought, the merges made, the index brought up to date. A
/// reporter of <see cref="ImportProgress"/> given to <see cref="Composition.Archive"/>'s import hears of these steps
/// when it reports them too: after a large import they take longer than the files (the 100 FRUS volumes: 26 s storing
/// the files, 62 s after them), and a bar standing at the last file said nothing of them.
/// </summary>
/// <param name="Name">One of the step names below.</param>
/// <param name="Done">Records done so far; 0 of 1 while a step without records runs, 1 of 1 when it is over.</param>
/// <param name="Total">Records the step goes through, as far as it knows.</param>
public sealed record ImportStep(string Name, int Done, int Total)
{
    public const string Tidying = "tidying people";
    public const string Relinking = "linking names again";
    public const string Merging = "merging people";
    public const string Indexing = "indexing";

    /// <summary>A step without a count of records, begun.</summary>
    public static ImportStep Begun(string name) => new(name, 0, 1);

    /// <summary>A step without a count of records, over.</summary>
    public static ImportStep Over(string name) => new(name, 1, 1);
}
