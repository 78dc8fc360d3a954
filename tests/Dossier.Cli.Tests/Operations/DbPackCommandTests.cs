using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Cli.Tests.Operations;

/// <summary>
/// `dossier db pack` on an archive whose documents were stored before Dossier packed them (as SQLite text): every one is
/// packed, the file shrinks, and the records read as before.
/// </summary>
public sealed class DbPackCommandTests
{
    [Fact]
    public async Task Should_pack_the_documents_stored_as_text_and_shrink_the_file()
    {
        using var folder = new TempFolder("dossier-pack");
        var data = folder.Path;
        Assert.Equal(0, (await CliRun.RunAsync("import", Shared.PathTo("corpora/frus/tei-mini"), "--data", data)).ExitCode);
        var before = (await CliRun.RunAsync("show", "--data", data, FirstId(data))).Output;
        var rows = Unpack(data);

        var packed = await CliRun.RunAsync("db", "pack", "--data", data);
        var again = await CliRun.RunAsync("db", "pack", "--data", data);

        Assert.Equal(0, packed.ExitCode);
        Assert.StartsWith($"{rows} documents packed; dossier.db ", packed.Output, StringComparison.Ordinal);
        Assert.StartsWith("0 documents packed", again.Output, StringComparison.Ordinal);
        Assert.Equal(0, Count(data, "SELECT count(*) FROM records WHERE typeof(document) = 'text'"));
        Assert.Equal(before, (await CliRun.RunAsync("show", "--data", data, FirstId(data))).Output);
        var sizes = packed.Output.Split(' ').Where(w => double.TryParse(w, System.Globalization.CultureInfo.InvariantCulture, out _)).Select(w => double.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(sizes[^1] < sizes[^2] * 0.8, packed.Output);
    }

    /// <summary>Writes every record's document back as UTF-8 text, as Dossier stored them before packing; returns how many.</summary>
    private static int Unpack(string data)
    {
        using var connection = Open(data);
        var documents = new List<(string Id, byte[] Stored)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT id, document FROM records";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                documents.Add((reader.GetString(0), (byte[])reader.GetValue(1)));
            }
        }
        using var transaction = connection.BeginTransaction();
        foreach (var (id, stored) in documents)
        {
            using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = "UPDATE records SET document = $text WHERE id = $id";
            write.Parameters.AddWithValue("$text", Inflate(stored));
            write.Parameters.AddWithValue("$id", id);
            write.ExecuteNonQuery();
        }
        transaction.Commit();
        return documents.Count;
    }

    private static string Inflate(byte[] stored)
    {
        Assert.Equal(1, stored[0]);
        using var deflate = new System.IO.Compression.DeflateStream(new MemoryStream(stored, 5, stored.Length - 5), System.IO.Compression.CompressionMode.Decompress);
        using var text = new StreamReader(deflate, System.Text.Encoding.UTF8);
        return text.ReadToEnd();
    }

    private static string FirstId(string data)
    {
        using var connection = Open(data);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(id) FROM records";
        return (string)command.ExecuteScalar()!;
    }

    private static long Count(string data, string sql)
    {
        using var connection = Open(data);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static SqliteConnection Open(string data)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(data, "dossier.db")};Pooling=False");
        connection.Open();
        return connection;
    }
}
