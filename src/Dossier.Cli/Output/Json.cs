using System.Text.Json;
using Dossier.Core.Records;

namespace Dossier.Cli.Output;

/// <summary>JSON printed by `--json`: the model's own shape (snake_case), indented for people, one value per call.</summary>
public static class Json
{
    public static void Write<T>(TextWriter output, T value)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(value, RecordJson.Indented));
    }
}
