using Dossier.Core.Citations;
using Dossier.Core.Records;
using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Citations;

/// <summary>What the document page's citation box shows: the Chicago note to copy, MLA and APA, and the download links.</summary>
public sealed record CitationBox(string Chicago, string Mla, string Apa, IReadOnlyList<(string Label, string Href)> Downloads, IReadOnlyList<(string Name, string Content)> Meta)
{
    public static CitationBox For(ArchiveRecord record, HttpRequest request, CitationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(settings);
        var work = CitedWork.Of(record, settings.For(request, record));
        var id = Uri.EscapeDataString(record.Id);
        return new CitationBox(
            ChicagoCitation.Format(work),
            MlaCitation.Format(work),
            ApaCitation.Format(work),
            [("RIS", "/cite/ris/" + id), ("BibTeX", "/cite/bibtex/" + id), ("CSL-JSON", "/cite/csl-json/" + id)],
            HighwireTags.Of(work));
    }
}
