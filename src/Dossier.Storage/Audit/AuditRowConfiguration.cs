using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dossier.Storage.Audit;

/// <summary>No foreign keys: an entry outlives the account, token or record it names.</summary>
internal sealed class AuditRowConfiguration : IEntityTypeConfiguration<AuditRow>
{
    public void Configure(EntityTypeBuilder<AuditRow> e)
    {
        e.ToTable("audit_log");
        e.HasKey(a => a.Sequence);
        e.Property(a => a.Sequence).HasColumnName("sequence").ValueGeneratedOnAdd();
        e.Property(a => a.At).HasColumnName("at");
        e.Property(a => a.Action).HasColumnName("action").HasMaxLength(64);
        e.Property(a => a.Actor).HasColumnName("actor").HasMaxLength(256);
        e.Property(a => a.Target).HasColumnName("target").HasMaxLength(400);
        e.Property(a => a.Detail).HasColumnName("detail").HasMaxLength(2000);
        e.Property(a => a.Address).HasColumnName("address").HasMaxLength(64);
        e.HasIndex(a => a.Action);
        e.HasIndex(a => a.Actor);
        e.HasIndex(a => a.Target);
    }
}
