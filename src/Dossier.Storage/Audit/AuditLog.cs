using Dossier.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Audit;

/// <summary>The audit log in the archive's database (table <c>audit_log</c>), appended in a transaction of its own.</summary>
public sealed class AuditLog(ArchiveStore store, TimeProvider? time = null) : IAuditLog
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<AuditEntry> RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Action);
        var row = new AuditRow
        {
            At = (entry.At == default ? _time.GetUtcNow() : entry.At).ToUniversalTime(),
            Action = entry.Action,
            Actor = Clip(entry.Actor, 256),
            Target = Clip(entry.Target, 400),
            Detail = Clip(entry.Detail, 2000),
            Address = Clip(entry.Address, 64),
        };
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            db.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        return ToEntry(row);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = db.Set<AuditRow>().AsQueryable();
            if (query.Action is { } action)
            {
                rows = rows.Where(r => r.Action == action);
            }
            if (query.Actor is { } actor)
            {
                rows = rows.Where(r => r.Actor == actor);
            }
            if (query.Target is { } target)
            {
                rows = rows.Where(r => r.Target == target);
            }
            if (query.Before is { } before)
            {
                rows = rows.Where(r => r.Sequence < before);
            }
            var list = await rows.OrderByDescending(r => r.Sequence).Take(Math.Clamp(query.Limit, 0, 10_000))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return list.Select(ToEntry).ToList();
        }
    }

    private static AuditEntry ToEntry(AuditRow row) => new()
    {
        Sequence = row.Sequence,
        At = row.At,
        Action = row.Action,
        Actor = row.Actor,
        Target = row.Target,
        Detail = row.Detail,
        Address = row.Address,
    };

    // A value too long for its column is cut rather than failing the action it records.
    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
