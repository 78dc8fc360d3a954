using Dossier.Web.Catalogue;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Web.Hosting;

/// <summary>Builds the catalogue in the background at start, so the first visitor of the home page does not wait for it.</summary>
public sealed partial class CatalogueWarmer(CatalogueService catalogue, ILogger<CatalogueWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await catalogue.GetAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWarmUpFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The catalogue could not be built at start; it will be on first use")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
