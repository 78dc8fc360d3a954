using System.Text.Json.Serialization;

namespace Dossier.Interop.Exporters.OaiPmh;

[JsonSerializable(typeof(ResumptionToken))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class ResumptionTokenJson : JsonSerializerContext
{
}
