using Dossier.Core.Composition;
using Dossier.Core.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Editing;

/// <summary>Registers the editorial workspace and what keeps readers' caches honest after an edit.</summary>
public static class EditingServices
{
    public static IServiceCollection AddEditorialWorkspace(this IServiceCollection services)
    {
        services.AddSingleton(provider => new EditorialWorkspace(provider.GetRequiredService<Archive>()));
        services.AddSingleton<ArchiveCache>();
        services.AddSingleton<MergeRedirects>();
        services.AddSingleton(provider => new AuthorityWorkspace(provider.GetRequiredService<Archive>()));
        services.AddSingleton<AuthorityDesk>();
        services.AddSingleton<StaffDocuments>();
        services.AddSingleton<EditorialDesk>();
        services.AddSingleton<UploadJobs>();
        services.AddHostedService<CacheEvictionFollower>();
        return services;
    }
}
