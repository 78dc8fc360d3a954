using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dossier.Storage.Versions;

/// <summary>The <c>record_versions</c> table: keyed by record and number, so two writers can never both write version n.</summary>
internal sealed class RecordVersionRowConfiguration : IEntityTypeConfiguration<RecordVersionRow>
{
    public void Configure(EntityTypeBuilder<RecordVersionRow> builder)
    {
        builder.ToTable("record_versions");
        builder.HasKey(v => new { v.RecordId, v.Number });
        builder.Property(v => v.RecordId).HasColumnName("record_id").HasMaxLength(200);
        builder.Property(v => v.Number).HasColumnName("number");
        builder.Property(v => v.Author).HasColumnName("author").HasMaxLength(200);
        builder.Property(v => v.At).HasColumnName("at");
        builder.Property(v => v.Action).HasColumnName("action").HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.ContentHash).HasColumnName("content_hash").HasMaxLength(64);
        builder.Property(v => v.Document).HasColumnName("document");
    }
}
