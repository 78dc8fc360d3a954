using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.Storage.Tests.Sqlite;

/// <summary>
/// The SQLite context runs on a compiled model (<c>Providers/Sqlite/CompiledModel</c>, written by
/// <c>dotnet ef dbcontext optimize</c>) so that a command does not build the model at start. It must say what
/// <c>OnModelCreating</c> says: after a change to the model, run the command again (see the folder's files).
/// </summary>
public sealed class SqliteCompiledModelTests
{
    [Fact]
    public async Task Should_use_a_compiled_model_that_matches_the_model_OnModelCreating_builds()
    {
        using var temp = new TempFolder();
        var store = StoreFactory.Create(temp.Path);
        await using var db = store.CreateContext();
        var running = db.GetService<IModel>();
        var designed = db.GetService<IDesignTimeModel>().Model;

        Assert.IsType<Providers.Sqlite.CompiledModel.SqliteDossierContextModel>(running, exactMatch: false);
        Assert.Equal(Describe(designed), Describe(running));
        store.ReleaseConnections();
    }

    /// <summary>Every table, column, key, index and foreign key, and how each property maps to its column, one line each.</summary>
    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var table in model.GetRelationalModel().Tables)
        {
            lines.AddRange(table.Columns.Select(c => $"{table.Name}.{c.Name} {c.StoreType} null={c.IsNullable}"));
            lines.AddRange(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}) unique={i.IsUnique}"));
            lines.AddRange(table.UniqueConstraints.Select(k => $"{table.Name} key {k.Name} ({string.Join(",", k.Columns.Select(c => c.Name))})"));
            lines.AddRange(table.ForeignKeyConstraints.Select(f => $"{table.Name} fk {f.Name} ({string.Join(",", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} {f.OnDeleteAction}"));
        }
        foreach (var entity in model.GetEntityTypes())
        {
            lines.AddRange(entity.GetProperties().Select(p =>
                $"{entity.Name}.{p.Name} -> {p.GetColumnName()} {(p.GetProviderClrType() ?? p.GetValueConverter()?.ProviderClrType ?? p.ClrType).Name} max={p.GetMaxLength()} generated={p.ValueGenerated}"));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
