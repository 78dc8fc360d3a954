using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dossier.Storage;

/// <summary>
/// Inserts many rows of one entity type through a single prepared INSERT, inside the context's open transaction.
/// </summary>
/// <remarks>
/// Import batches are the hot path (tens of thousands of records with their links); SaveChanges builds and sends
/// one command per row with change-tracking bookkeeping, several times slower than re-executing one statement.
/// The statement is generated from the EF model with the provider's own identifier quoting and parameter
/// mappings (value converters, date formats), so it is the same SQL EF would write, on any provider.
/// Columns the database generates (the change sequence) are left out.
/// </remarks>
internal static class RowInserter
{
    public static async Task InsertAsync<T>(DossierContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var names = properties.Select((_, i) => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var connection = db.Database.GetDbConnection();
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                "INSERT INTO " + sql.DelimitIdentifier(table.Name, table.Schema)
                + " (" + string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))) + ")"
                + " VALUES (" + string.Join(", ", names.Select(sql.GenerateParameterNamePlaceholder)) + ")";
            foreach (var row in rows)
            {
                command.Parameters.Clear();
                for (var i = 0; i < properties.Length; i++)
                {
                    var value = properties[i].GetGetter().GetClrValue(row);
                    command.Parameters.Add(mappings[i].CreateParameter(command, sql.GenerateParameterName(names[i]), value, properties[i].IsNullable));
                }
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
