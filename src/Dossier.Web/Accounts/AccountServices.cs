using Dossier.Core.Accounts;
using Dossier.Core.Audit;
using Dossier.Core.Composition;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Dossier.Web.Accounts;

/// <summary>
/// Accounts for the reading room: ASP.NET Core Identity (core, with the archive's own stores rather than its EF
/// stores: the archive's schema is shared by two providers and named in its own style, and Identity's role, claim,
/// login and token tables would be dead weight), a session cookie and bearer tokens behind one default scheme, the
/// three <see cref="ArchivePolicies"/> on the <see cref="RoleLadder"/>, anti-forgery and a shared key ring.
/// </summary>
public static class AccountServices
{
    /// <summary>Identity's user manager and the <see cref="IAccountDesk"/> on the archive's stores: all the CLI needs.</summary>
    public static IServiceCollection AddAccountDesk(this IServiceCollection services, Archive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        // Checked here, where the command asking for the desk reports it, rather than when the desk is first used.
        if (archive.Accounts is null || archive.Audit is null)
        {
            throw new InvalidOperationException("the archive was opened without its account store or audit log");
        }
        services.TryAddSingleton(archive.Time);
        services.AddSingleton(archive);
        return services.AddDeskOnRegisteredArchive();
    }

    /// <summary>
    /// The desk on the <see cref="Archive"/> and the clock the container holds; the archive may still be opening while the
    /// host is built (see <see cref="ReadingRoom.Build(Task{Archive}, TimeProvider, string, string[])"/>), so its stores
    /// are asked for when first used.
    /// </summary>
    private static IServiceCollection AddDeskOnRegisteredArchive(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<Archive>().Accounts ?? throw new InvalidOperationException("the archive was opened without its account store"));
        services.AddSingleton(sp => sp.GetRequiredService<Archive>().Audit ?? throw new InvalidOperationException("the archive was opened without its audit log"));
        services.AddLogging();
        services.AddIdentityCore<Account>(ConfigureIdentity)
            .AddUserStore<ArchiveUserStore>()
            .AddClaimsPrincipalFactory<ArchivePrincipals>();
        services.AddScoped<IAccountDesk, AccountDesk>();
        return services;
    }

    /// <summary>A service provider holding only the account desk, for the `dossier user` and `token` commands.</summary>
    public static ServiceProvider BuildDeskProvider(Archive archive) => new ServiceCollection().AddAccountDesk(archive).BuildServiceProvider();

    /// <summary>
    /// Everything the web host needs: the desk (on the <see cref="Archive"/> registered in the container), sign-in, both
    /// schemes, the policies, anti-forgery, the key ring.
    /// </summary>
    public static IServiceCollection AddArchiveAccounts(this IServiceCollection services)
    {
        services.AddDeskOnRegisteredArchive();
        services.AddIdentityCore<Account>().AddSignInManager();
        services.AddSingleton<SignInGuard>();
        services.AddAuthentication(ArchiveSchemes.Default)
            .AddPolicyScheme(ArchiveSchemes.Default, null, options => options.ForwardDefaultSelector = ArchiveSchemes.Select)
            .AddCookie(ArchiveSchemes.Cookie, SessionCookie.Configure)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(ArchiveSchemes.Bearer, null);
        services.AddAuthorization(options =>
        {
            options.AddPolicy(ArchivePolicies.Contribute, p => p.RequireRole(RoleLadder.AtLeast(ArchiveRoles.Contributor)));
            options.AddPolicy(ArchivePolicies.Edit, p => p.RequireRole(RoleLadder.AtLeast(ArchiveRoles.Editor)));
            options.AddPolicy(ArchivePolicies.Administer, p => p.RequireRole(RoleLadder.AtLeast(ArchiveRoles.Admin)));
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "dossier.antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddDataProtection().SetApplicationName("Dossier");
        // It warns that keys are stored unencrypted on every new key: that is the design (see StoreKeyRepository).
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));
        services.AddSingleton(provider => new StoreKeyRepository(provider.GetRequiredService<IAccountStore>));
        services.AddOptions<KeyManagementOptions>().Configure<StoreKeyRepository>((options, keys) => options.XmlRepository = keys);
        services.Configure<RazorPagesOptions>(options => options.Conventions.Add(new PageMethodsConvention()));
        return services;
    }

    /// <summary>After routing, before the output cache: who is asking, may they, and is a form genuine.</summary>
    public static IApplicationBuilder UseArchiveAccounts(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.Use((context, next) =>
        {
            // Runs before the general caching headers (OnStarting callbacks run last-registered first): nothing
            // shown to a signed-in person, or behind a policy, may be kept by a browser or a shared cache.
            context.Response.OnStarting(() =>
            {
                if (context.User.Identity?.IsAuthenticated == true || context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is not null)
                {
                    context.Response.Headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // NIST SP 800-63B §5.1.1: length, not composition rules.
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
    }
}
