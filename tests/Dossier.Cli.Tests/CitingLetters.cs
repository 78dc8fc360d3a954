using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Core.Records;

namespace Dossier.Cli.Tests;

/// <summary>An import file of one invented person and the letters naming him, for the commands that list and find people.</summary>
internal static class CitingLetters
{
    public const string Heading = "Varlow, Hesketh";

    public const string Name = "Hesketh Varlow";

    public static string PersonId { get; } = AuthorityId.For(AuthorityKind.Person, Heading);

    /// <summary>A published letter of <paramref name="archive"/> in English whose text names the person; the caller may date it, draft it, retitle it.</summary>
    public static ArchiveRecord Letter(string archive, string recordId, string title)
    {
        var record = new ArchiveRecord
        {
            Source = new SourceIdentifier { Archive = archive, RecordId = recordId },
            Title = title,
            Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = $"The ferry timetable of {recordId} was sent on by {Name}." }],
            People = [new EntityLink { Name = Name, AuthorityId = PersonId }],
        };
        record.Id = RecordId.For(record.Source);
        return record;
    }

    /// <summary>Writes the person's authority record, then <paramref name="letters"/>, as JSON Lines, and imports them into <paramref name="data"/>.</summary>
    public static async Task ImportAsync(string file, string data, IEnumerable<ArchiveRecord> letters)
    {
        var person = new Authority { Id = PersonId, Kind = AuthorityKind.Person, PreferredName = Heading };
        var lines = letters.Select(r => RecordJson.Serialize(r))
            .Prepend(JsonSerializer.Serialize(new { type = "authority", authority = person }, RecordJson.Options));
        await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await CliRun.RunAsync("import", file, "--data", data)).ExitCode);
    }
}
