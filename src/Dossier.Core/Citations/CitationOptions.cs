namespace Dossier.Core.Citations;

/// <summary>What a citation says about this installation: its name, and optionally the permalink used and the day of access.</summary>
public sealed record CitationOptions
{
    public const string SiteNameVariable = "DOSSIER_SITE_NAME";

    public const string DefaultSiteName = "Dossier";

    /// <summary>The archive's name as citations give it, from DOSSIER_SITE_NAME.</summary>
    public string SiteName { get; init; } = DefaultSiteName;

    /// <summary>The installation's permalink of the document; the source's stable URL is cited when null.</summary>
    public string? Permalink { get; init; }

    /// <summary>The day the reader consulted the document, when the citation should say so.</summary>
    public DateOnly? Accessed { get; init; }

    /// <summary>Options with the site name from the environment.</summary>
    public static CitationOptions FromEnvironment() => new()
    {
        SiteName = Environment.GetEnvironmentVariable(SiteNameVariable) is { Length: > 0 } name ? name.Trim() : DefaultSiteName,
    };
}
