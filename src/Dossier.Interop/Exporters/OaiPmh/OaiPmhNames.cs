namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>Namespaces, schema locations, verbs and error codes of OAI-PMH 2.0.</summary>
internal static class OaiPmhNames
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/";
    public const string SchemaLocation = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    public const string IdentifierNamespace = "http://www.openarchives.org/OAI/2.0/oai-identifier";
    public const string IdentifierSchemaLocation = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd";

    public const string Identify = "Identify";
    public const string ListMetadataFormats = "ListMetadataFormats";
    public const string ListSets = "ListSets";
    public const string ListIdentifiers = "ListIdentifiers";
    public const string ListRecords = "ListRecords";
    public const string GetRecord = "GetRecord";

    public const string BadArgument = "badArgument";
    public const string BadResumptionToken = "badResumptionToken";
    public const string BadVerb = "badVerb";
    public const string CannotDisseminateFormat = "cannotDisseminateFormat";
    public const string IdDoesNotExist = "idDoesNotExist";
    public const string NoRecordsMatch = "noRecordsMatch";
    public const string NoMetadataFormats = "noMetadataFormats";
    public const string NoSetHierarchy = "noSetHierarchy";
}
