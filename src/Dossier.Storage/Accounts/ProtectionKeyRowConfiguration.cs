using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dossier.Storage.Accounts;

internal sealed class ProtectionKeyRowConfiguration : IEntityTypeConfiguration<ProtectionKeyRow>
{
    public void Configure(EntityTypeBuilder<ProtectionKeyRow> e)
    {
        e.ToTable("protection_keys");
        e.HasKey(k => k.Id);
        e.Property(k => k.Id).HasColumnName("id").ValueGeneratedOnAdd();
        e.Property(k => k.FriendlyName).HasColumnName("friendly_name").HasMaxLength(200);
        e.Property(k => k.Xml).HasColumnName("xml");
    }
}
