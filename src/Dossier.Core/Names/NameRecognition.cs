namespace Dossier.Core.Names;

/// <summary>What <see cref="NameRecognizer"/> found in one record: mentions of known names, and names new to the gazetteer.</summary>
public sealed record NameRecognition(List<NameMention> Known, List<RecognisedName> New)
{
    /// <summary>Every form the recogniser looked up in the record's texts, known or not (what its <see cref="NameSieve"/> holds).</summary>
    public IReadOnlyCollection<string> Forms { get; init; } = [];
}
