namespace Dossier.Core.Editing;

/// <summary>A store that keeps the version history of its records.</summary>
public interface IVersionedStore
{
    IRecordVersions Versions { get; }
}
