namespace Dossier.Core.Records;

/// <summary>The named-level views of an <see cref="ArchivalReference"/> (its legacy fond / opis / delo properties).</summary>
internal static class ArchivalReferenceLevels
{
    public static string? Get(ArchivalReference reference, string name) =>
        reference.Levels.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal))?.Value;

    // Setting replaces the level of that name, so a record read from JSON holding both "fond" and "levels" stays one level.
    public static void Set(ArchivalReference reference, ReferenceLevelKind kind, string name, string label, string? value)
    {
        var index = reference.Levels.FindIndex(l => string.Equals(l.Name, name, StringComparison.Ordinal));
        if (value is null)
        {
            if (index >= 0)
            {
                reference.Levels.RemoveAt(index);
            }
            return;
        }
        if (index >= 0)
        {
            reference.Levels[index].Value = value;
            return;
        }
        var level = new ReferenceLevel { Kind = kind, Name = name, Label = label, Value = value };
        var after = reference.Levels.FindLastIndex(l => l.Kind <= kind);
        reference.Levels.Insert(after + 1, level);
    }
}
