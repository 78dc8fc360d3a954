using Dossier.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Tests.Accounts;

/// <summary>The running app's <see cref="IAccountDesk"/> (scoped in the app: each call takes a scope of its own).</summary>
internal static class Desks
{
    public static IAccountDesk For(IServiceProvider appServices) =>
        appServices.CreateScope().ServiceProvider.GetRequiredService<IAccountDesk>();
}
