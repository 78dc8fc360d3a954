using Dossier.Core.Importing;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Citations;

/// <summary>
/// A CSV row's source cell ("BArch, B 136/59748, 403-410. Contributed, transcribed, and translated by Stephan
/// Kieninger.") read into the archival reference and the credits; the repository column names the repository when
/// the reference does not.
/// </summary>
internal static class CsvSourceNote
{
    /// <summary>The reference of the row's source cell; <paramref name="credits"/> are the people its credits name.</summary>
    public static ArchivalReference Read(ArchiveRecord record, string? repository, string file, int line, out List<Contributor> credits)
    {
        ParsedCitation parsed;
        try
        {
            parsed = CitationParser.ParseSource(record.Citation, ImportLimits.Default);
        }
        catch (CitationTooLongException e)
        {
            throw new ImportException(file, line, "source", e.Message);
        }
        var reference = parsed.Reference;
        if (reference.Repository is null && repository is not null)
        {
            reference.Repository = repository;
            reference.RepositoryRecord = ArchivalRepositories.Find(repository)?.Record is { } known
                ? new ArchivalRepository { Name = known.Name, Abbreviation = known.Abbreviation, Country = known.Country, Isil = known.Isil }
                : new ArchivalRepository { Name = repository };
        }
        credits = parsed.Contributors;
        return reference;
    }
}
