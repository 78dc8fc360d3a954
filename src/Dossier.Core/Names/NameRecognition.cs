namespace Dossier.Core.Names;

/// <summary>What <see cref="NameRecognizer"/> found in one record: mentions of known names, and names new to the gazetteer.</summary>
public sealed record NameRecognition(List<NameMention> Known, List<RecognisedName> New);
