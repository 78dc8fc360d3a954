using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dossier.Storage.Records;

/// <summary>The summary columns of <c>records</c>, beside the ones <see cref="DossierContext"/> maps.</summary>
internal sealed class RecordSummaryConfiguration : IEntityTypeConfiguration<RecordRow>, IEntityTypeConfiguration<RecordCollectionRow>
{
    public void Configure(EntityTypeBuilder<RecordRow> builder)
    {
        builder.Property(r => r.PublicFrom).HasColumnName("public_from");
        builder.Property(r => r.DateYear).HasColumnName("date_year");
        builder.Property(r => r.Repository).HasColumnName("repository");
        builder.Property(r => r.ArchivalPath).HasColumnName("archival_path");
        builder.Property(r => r.Summary).HasColumnName("summary");
        builder.Property(r => r.SummaryVersion).HasColumnName("summary_version");
        builder.HasIndex(r => r.PublicFrom);
        builder.HasIndex(r => r.DateYear);
        builder.HasIndex(r => r.SummaryVersion);
        // A shelf of the archival tree lists the records filed at exactly its place.
        builder.HasIndex(r => new { r.Repository, r.ArchivalPath });
    }

    public void Configure(EntityTypeBuilder<RecordCollectionRow> builder) =>
        builder.Property(c => c.Title).HasColumnName("title");
}
