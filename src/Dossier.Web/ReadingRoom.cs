using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Dossier.Core.Composition;
using Dossier.Core.Observability;
using Dossier.Web.Accounts;
using Dossier.Web.Authorities;
using Dossier.Web.Catalogue;
using Dossier.Web.Citations;
using Dossier.Web.Documents;
using Dossier.Web.Editing;
using Dossier.Web.Endpoints;
using Dossier.Web.Hosting;
using Dossier.Web.Searching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.WebEncoders;
using OpenTelemetry.Metrics;

namespace Dossier.Web;

/// <summary>
/// The reading room: the public web face of an opened <see cref="Archive"/> — Razor Pages for people,
/// a JSON API (OpenAPI 3.1 described) for programs. `dossier serve`, the tests and the bench build the same app here.
/// </summary>
public static class ReadingRoom
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    private const string CachePolicy = "archive";

    /// <summary>Composes the app on <paramref name="archive"/>, listening on <paramref name="urls"/> (";"-separated).</summary>
    public static WebApplication Build(Archive archive, string urls = DefaultUrl, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        return Build(
            services =>
            {
                services.TryAddSingleton(archive.Time);
                services.AddSingleton(archive);
            },
            urls,
            args);
    }

    /// <summary>
    /// Composes the app while <paramref name="opening"/> opens the archive on <paramref name="time"/>, so the two share
    /// the start-up time (about half a second each on the 100 volumes): the archive is first asked for, and waited for,
    /// when the app starts (its hosted services and health checks need it). The app disposes it with itself.
    /// </summary>
    public static WebApplication Build(Task<Archive> opening, TimeProvider time, string urls = DefaultUrl, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(time);
        // The clock is known before the archive: the server's options ask for it while the app is composed.
        return Build(
            services =>
            {
                services.TryAddSingleton(time);
                services.AddSingleton(_ => opening.GetAwaiter().GetResult());
            },
            urls,
            args);
    }

    private static WebApplication Build(Action<IServiceCollection> addArchive, string urls, string[]? args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            // Razor Pages are discovered from this assembly whatever process hosts it.
            ApplicationName = typeof(ReadingRoom).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Environment.WebRootFileProvider = new EmbeddedFileProvider(typeof(ReadingRoom).Assembly, "Dossier.Web.wwwroot");

        var services = builder.Services;
        addArchive(services);
        services.AddSingleton<CatalogueService>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<DocumentService>();
        services.AddSingleton<DocumentNeighbours>();
        services.AddSingleton<Scans.PublicScans>();
        services.AddSingleton<CitationSettings>();
        services.AddSingleton<CollectionService>();
        services.AddSingleton<AuthorityDirectory>();
        services.AddHostedService<IndexFollower>();
        services.AddEditorialWorkspace();
        // OpenTelemetry metrics: the archive's own (imports, searches) and ASP.NET Core's, scraped at /metrics.
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ArchiveMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        services.AddHostedService<StartWarmer>();
        services.AddRazorPages(options =>
        {
            // People and places share their pages; the path says which kind is meant.
            options.Conventions.AddPageRoute("/Authorities", "/places");
            options.Conventions.AddPageRoute("/Authority", "/places/{id}");
        });
        // Every script as itself, not as &#x…; entities: the HTML stays readable and half the size. <>&"' are still encoded.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        // Sessions and forms are signed with keys kept in the archive's database (see StoreKeyRepository).
        services.AddArchiveAccounts();
        services.AddOpenApi(ApiDescription.Configure);
        services.AddOutputCache(options =>
        {
            // Pages and API answers are derived from the store; a few seconds of reuse is far below the
            // minute browsers may keep a page anyway, and spares the store and index under load. An answer is kept from
            // the second request for its address (RepeatedAnswers), whose query string tells it apart as written (AddressAsWritten).
            options.AddPolicy(CachePolicy, policy => policy.Expire(TimeSpan.FromSeconds(10)).AddPolicy<AddressAsWritten>().AddPolicy<PrivateAnswers>().AddPolicy<RepeatedAnswers>().Tag(Editing.ArchiveCache.Tag));
        });
        services.AddSingleton<IndexLagHealthCheck>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store").AddCheck<SchemaHealthCheck>("schema").AddCheck<IndexLagHealthCheck>("index");
        services.AddResponseCompression(options =>
        {
            // No secrets or tokens are ever in a response, so compressing over TLS leaks nothing (BREACH).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml"]);
        });
        services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseResponseCompression();
        app.UseCachingHeaders();
        app.UseWhen(
            c => c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api.UseStatusCodePages().UseMiddleware<ETagMiddleware>());
        app.UseWhen(
            c => !c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !c.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase),
            pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = builder.Environment.WebRootFileProvider,
            OnPrepareResponse = CachingHeaders.OnStaticFile,
        });
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseMethodPolicy();
        app.UseArchiveAccounts();
        app.UseOutputCache();

        app.MapRazorPages().CacheOutput(CachePolicy);
        app.MapOpenApi();
        app.MapGet("/openapi.json", () => Results.Redirect("/openapi/v1.json")).ExcludeFromDescription();
        app.MapHealthChecks("/health/ready");
        app.MapGet("/health/live", () => Results.Text("alive")).ExcludeFromDescription();
        app.MapIndexHealth();
        app.MapPrometheusScrapingEndpoint("/metrics");
        var api = app.MapGroup("/api").CacheOutput(CachePolicy);
        api.MapDocumentsApi();
        api.MapDocumentsWriteApi();
        api.MapSearchApi();
        api.MapAuthoritiesApi();
        api.MapAuthoritiesWriteApi();
        api.MapCollectionsApi();
        api.MapAccountsApi();
        app.MapIiifImageApi();
        app.MapCitations();
        app.MapDocumentDownloads();
        app.MapResultListExport();
        app.MapOaiPmh();
        app.MapIiif();
        app.MapSitemap();
        app.MapRobots();
        return app;
    }

    /// <summary>The API speaks the model's one JSON shape (see RecordJson): snake_case, enums as words.</summary>
    private static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        // Every script stays readable, but <, >, & and quotes are escaped: imported text never reads as markup.
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }
}
