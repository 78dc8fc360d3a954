using System.Text;
using System.Xml.Linq;
using Dossier.Interop.Exporters.OaiPmh;

namespace Dossier.Interop.Tests.Exporters;

/// <summary>Asks an <see cref="OaiPmhRepository"/> over a <see cref="HarvestArchive"/> as a harvester would, and reads the answer.</summary>
internal static class OaiHarvester
{
    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";

    public static async Task<string> AskAsync(HarvestArchive archive, OaiPmhRepository repository, params (string Name, string Value)[] arguments)
    {
        using var output = new MemoryStream();
        await repository.RespondAsync(archive.Store, archive.Clock, arguments.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)).ToList(),
            HarvestArchive.BaseUrl, output, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>The error code of a response, or null when it has none.</summary>
    public static string? ErrorCode(string xml) => XDocument.Parse(xml).Root!.Element(Oai + "error")?.Attribute("code")?.Value;

    public static IReadOnlyList<XElement> Headers(string xml) => XDocument.Parse(xml).Descendants(Oai + "header").ToList();

    public static string? Token(string xml) => XDocument.Parse(xml).Descendants(Oai + "resumptionToken").FirstOrDefault()?.Value;
}
