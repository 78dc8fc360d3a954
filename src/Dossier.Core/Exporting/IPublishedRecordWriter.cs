namespace Dossier.Core.Exporting;

/// <summary>
/// A writer for publication rather than backup: its <see cref="IRecordWriter.WriteArchiveAsync"/> writes only the
/// records public now, while <see cref="IRecordWriter.WriteAsync"/> writes whatever it is given (`export --all`).
/// </summary>
public interface IPublishedRecordWriter : IRecordWriter
{
}
