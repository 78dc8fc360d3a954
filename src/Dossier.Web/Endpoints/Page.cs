namespace Dossier.Web.Endpoints;

/// <summary>One page of a list: <see cref="Next"/> is the URL of the following page, null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset, string? Next);
