namespace Dossier.Search.Indexing;

/// <summary>
/// An index input whose bytes lie in memory (<see cref="MappedDirectory"/>'s): a reader can look at what follows the
/// position and then move past what it used, with no call per byte and no copy.
/// </summary>
internal interface IMappedInput
{
    /// <summary>The bytes from the position to the end of the input (at most <see cref="int.MaxValue"/>); valid until the input moves.</summary>
    ReadOnlySpan<byte> Ahead { get; }

    /// <summary>Moves the position past <paramref name="count"/> bytes of <see cref="Ahead"/>.</summary>
    void Skip(int count);
}
