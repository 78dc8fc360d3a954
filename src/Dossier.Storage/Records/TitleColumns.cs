using Dossier.Core.Records;

namespace Dossier.Storage.Records;

/// <summary>What names a record beside another: its id, title and date columns (see <see cref="PublicRecords.CompileTitles"/>).</summary>
internal sealed record TitleColumns(string Id, string Title, string? DateValue, DatePrecision? DatePrecision, DateOnly? DateStart, DateOnly? DateEnd);
