using System.Globalization;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Dossier.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Dossier.Web.Accounts;

/// <summary>
/// What stands before a password check. An unknown name costs what a known one does: a password is checked against the
/// hash of a random one, so how long the answer takes does not tell which names are accounts (OWASP Authentication
/// Cheat Sheet, "authentication responses"). And failed sign-ins are rate-limited (System.Threading.RateLimiting, the
/// limiters of ASP.NET Core's rate-limiting middleware): <see cref="FailuresPerAddress"/> from one address, and
/// <see cref="FailuresEverywhere"/> from all addresses together, per window; past that, no password is checked at all.
/// Only failures count, so people who sign in correctly are never held up. Account lockout (five failures) still
/// protects each account; this protects against guessing across many accounts.
/// </summary>
public sealed class SignInGuard : IDisposable
{
    public const int FailuresPerAddress = 20;

    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(15);

    public const int FailuresEverywhere = 600;

    public static readonly TimeSpan EverywhereWindow = TimeSpan.FromMinutes(1);

    private readonly IPasswordHasher<Account> _hasher;
    private readonly string _decoyHash;
    private readonly Account _decoy = new() { Id = "decoy", Name = "decoy" };
    private readonly PartitionedRateLimiter<string> _byAddress;
    private readonly FixedWindowRateLimiter _everywhere;

    public SignInGuard(IPasswordHasher<Account> hasher)
    {
        _hasher = hasher ?? throw new ArgumentNullException(nameof(hasher));
        _decoyHash = hasher.HashPassword(_decoy, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        _byAddress = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = FailuresPerAddress, Window = AddressWindow, QueueLimit = 0, AutoReplenishment = true }));
        _everywhere = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = FailuresEverywhere,
            Window = EverywhereWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>True when <paramref name="address"/> (or everyone) failed too often of late; <paramref name="retryAfter"/> says for how long at most.</summary>
    public bool IsThrottled(string? address, out TimeSpan retryAfter)
    {
        // Zero permits asks whether any are left without taking one.
        using var mine = _byAddress.AttemptAcquire(address ?? "", 0);
        using var all = _everywhere.AttemptAcquire(0);
        retryAfter = TimeSpan.Zero;
        if (mine.IsAcquired && all.IsAcquired)
        {
            return false;
        }
        retryAfter = mine.IsAcquired ? EverywhereWindow : AddressWindow;
        foreach (var lease in new[] { mine, all })
        {
            if (!lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero)
            {
                retryAfter = after;
            }
        }
        return true;
    }

    /// <summary>Counts a failed sign-in from <paramref name="address"/>.</summary>
    public void Failed(string? address)
    {
        using var mine = _byAddress.AttemptAcquire(address ?? "", 1);
        using var all = _everywhere.AttemptAcquire(1);
    }

    /// <summary>Spends on <paramref name="password"/> the work of checking it against an account's hash, and fails.</summary>
    public void CheckAgainstDecoy(string? password) => _hasher.VerifyHashedPassword(_decoy, _decoyHash, password ?? "");

    /// <summary>"900": whole seconds for a Retry-After header (RFC 9110 §10.2.3).</summary>
    public static string Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _byAddress.Dispose();
        _everywhere.Dispose();
    }
}
