using System.Text.Json;

namespace Dossier.Hosting.Transfer;

/// <summary>
/// <c>manifest.json</c> of a backup: what <c>archive.jsonl</c> beside it holds and its SHA-256, so a restore can
/// prove the file intact before writing anything and the restored archive equal to the one backed up.
/// </summary>
public sealed record BackupManifest(string Format, DateTimeOffset CreatedAt, string Origin, long LastSequence, ArchiveFingerprint Archive)
{
    public const string CurrentFormat = "dossier-backup/1";

    public void WriteTo(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteString("created_at", CreatedAt);
        writer.WriteString("origin", Origin);
        writer.WriteNumber("last_sequence", LastSequence);
        writer.WriteNumber("records", Archive.Records);
        writer.WriteNumber("authorities", Archive.Authorities);
        writer.WriteNumber("collections", Archive.Collections);
        writer.WriteString("archive_sha256", Archive.Sha256);
        writer.WriteEndObject();
    }

    /// <exception cref="InvalidDataException">Not a manifest this version of Dossier reads.</exception>
    public static BackupManifest ReadFrom(Stream input)
    {
        using var document = JsonDocument.Parse(input);
        var root = document.RootElement;
        try
        {
            var format = root.GetProperty("format").GetString();
            if (!string.Equals(format, CurrentFormat, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"manifest.json: format: '{format}' is not {CurrentFormat}");
            }
            return new BackupManifest(
                CurrentFormat,
                root.GetProperty("created_at").GetDateTimeOffset(),
                root.GetProperty("origin").GetString() ?? "",
                root.GetProperty("last_sequence").GetInt64(),
                new ArchiveFingerprint(
                    root.GetProperty("records").GetInt32(),
                    root.GetProperty("authorities").GetInt32(),
                    root.GetProperty("collections").GetInt32(),
                    root.GetProperty("archive_sha256").GetString() ?? ""));
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("manifest.json: " + e.Message, e);
        }
    }
}
