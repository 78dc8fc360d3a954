using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dossier.Storage.Accounts;

internal sealed class AccountRowConfiguration : IEntityTypeConfiguration<AccountRow>
{
    public void Configure(EntityTypeBuilder<AccountRow> e)
    {
        e.ToTable("accounts");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasColumnName("id").HasMaxLength(64);
        e.Property(a => a.Name).HasColumnName("name").HasMaxLength(256);
        e.Property(a => a.NormalizedName).HasColumnName("normalized_name").HasMaxLength(256);
        e.Property(a => a.Role).HasColumnName("role").HasMaxLength(20);
        e.Property(a => a.PasswordHash).HasColumnName("password_hash");
        e.Property(a => a.SecurityStamp).HasColumnName("security_stamp").HasMaxLength(64);
        e.Property(a => a.ConcurrencyStamp).HasColumnName("concurrency_stamp").HasMaxLength(64).IsConcurrencyToken();
        e.Property(a => a.LockoutEnabled).HasColumnName("lockout_enabled");
        e.Property(a => a.LockoutEnd).HasColumnName("lockout_end");
        e.Property(a => a.AccessFailedCount).HasColumnName("access_failed_count");
        e.Property(a => a.MustChangePassword).HasColumnName("must_change_password");
        e.Property(a => a.CreatedAt).HasColumnName("created_at");
        e.HasIndex(a => a.NormalizedName).IsUnique();
    }
}
