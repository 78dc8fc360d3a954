using Microsoft.Playwright;

namespace Dossier.Web.Tests.Browser;

/// <summary>One Chromium for the browser tests of a class; each test opens its own page. Null when Chromium is missing outside CI.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string? Missing { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            Missing = $"{Chromium.ExecutablePath} is missing: `apt-get install -y chromium` to run the browser tests.";
            return;
        }
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
