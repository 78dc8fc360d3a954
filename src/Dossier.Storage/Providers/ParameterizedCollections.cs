using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Providers;

/// <summary>
/// How both engines send a list of values (<c>ids.Contains(r.Id)</c>): as one parameter, a JSON array on SQLite and an
/// array on PostgreSQL. EF Core 10's default expands a list into one parameter per value, so the statement's text depends
/// on the list's length and is generated again on every run, behind a lock that every run of the same query shares:
/// under 64 concurrent document pages that lock took 15–20% of the CPU.
/// </summary>
internal static class ParameterizedCollections
{
    public const ParameterTranslationMode Mode = ParameterTranslationMode.Parameter;
}
