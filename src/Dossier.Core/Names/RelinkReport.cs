namespace Dossier.Core.Names;

/// <summary>What <see cref="NameRelinker"/> did: how many people and places were new, how many records it read, and the ids of those it linked anew.</summary>
public sealed record RelinkReport(int NewNames, int Examined, IReadOnlyList<string> Relinked)
{
    public static RelinkReport None { get; } = new(0, 0, []);
}
