namespace Dossier.Bench.Search;

/// <summary>One record as the peers see it: the FRUS identifier (`volume/dNNN`), its volume, title and all its text.</summary>
internal sealed record BenchDocument(string Id, string Volume, string Title, string Text);
