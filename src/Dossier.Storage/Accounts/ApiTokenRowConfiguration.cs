using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dossier.Storage.Accounts;

internal sealed class ApiTokenRowConfiguration : IEntityTypeConfiguration<ApiTokenRow>
{
    public void Configure(EntityTypeBuilder<ApiTokenRow> e)
    {
        e.ToTable("api_tokens");
        e.HasKey(t => t.Id);
        e.Property(t => t.Id).HasColumnName("id").HasMaxLength(64);
        e.Property(t => t.AccountId).HasColumnName("account_id").HasMaxLength(64);
        e.Property(t => t.Label).HasColumnName("label").HasMaxLength(200);
        e.Property(t => t.Hash).HasColumnName("hash").HasMaxLength(64);
        e.Property(t => t.CreatedAt).HasColumnName("created_at");
        e.Property(t => t.RevokedAt).HasColumnName("revoked_at");
        // Every API request looks its token up by hash.
        e.HasIndex(t => t.Hash).IsUnique();
        e.HasIndex(t => t.AccountId);
        e.HasOne<AccountRow>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
