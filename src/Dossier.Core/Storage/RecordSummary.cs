using Dossier.Core.Records;

namespace Dossier.Core.Storage;

/// <summary>A record's listing line.</summary>
public sealed record RecordSummary(string Id, string SourceRecordId, string Title, HistoricalDate? Date, RecordStatus Status);
