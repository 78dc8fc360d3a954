using Dossier.Storage.Authorities;
using Dossier.Storage.Collections;
using Dossier.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage;

/// <summary>
/// The schema shared by every database provider. Each provider derives its own context
/// (<see cref="Providers.Sqlite.SqliteDossierContext"/>) so that its migrations live apart, in
/// <c>Providers/&lt;Name&gt;/Migrations</c>.
/// </summary>
/// <remarks>
/// Why this shape: a record is stored whole, as its <c>RecordJson</c> document, because the model is a tree
/// (layers, pages, marginalia, notes) that is always read and written whole; normalising it into tables would
/// cost joins on every read and risk losing fields the model gains later. What must be queried is copied into
/// columns (source identity, title, date, status) and into the query tables <c>record_links</c> and
/// <c>record_collections</c>, rewritten with the document on every write. <c>record_changes</c> is the change
/// feed derived indexes catch up from. Only portable types are used (text, integer, date, timestamp), names
/// are snake_case, enums are stored as their names, and no SQL is written by hand in shared code.
/// </remarks>
public abstract class DossierContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<RecordRow> Records => Set<RecordRow>();

    public DbSet<RecordLinkRow> RecordLinks => Set<RecordLinkRow>();

    public DbSet<RecordCollectionRow> RecordCollections => Set<RecordCollectionRow>();

    public DbSet<RecordChangeRow> RecordChanges => Set<RecordChangeRow>();

    public DbSet<AuthorityRow> Authorities => Set<AuthorityRow>();

    public DbSet<AuthorityNameRow> AuthorityNames => Set<AuthorityNameRow>();

    public DbSet<CollectionRow> Collections => Set<CollectionRow>();

    public DbSet<Versions.RecordVersionRow> RecordVersions => Set<Versions.RecordVersionRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DossierContext).Assembly);

        modelBuilder.Entity<RecordRow>(e =>
        {
            e.ToTable("records");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasColumnName("id").HasMaxLength(200);
            e.Property(r => r.SourceArchive).HasColumnName("source_archive").HasMaxLength(200);
            e.Property(r => r.SourceRecordId).HasColumnName("source_record_id").HasMaxLength(400);
            e.Property(r => r.Title).HasColumnName("title");
            e.Property(r => r.DateValue).HasColumnName("date_value").HasMaxLength(100);
            e.Property(r => r.DatePrecision).HasColumnName("date_precision").HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.DateStart).HasColumnName("date_start");
            e.Property(r => r.DateEnd).HasColumnName("date_end");
            e.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.EmbargoUntil).HasColumnName("embargo_until");
            e.Property(r => r.CreatedAt).HasColumnName("created_at");
            e.Property(r => r.UpdatedAt).HasColumnName("updated_at");
            e.Property(r => r.ContentHash).HasColumnName("content_hash").HasMaxLength(64);
            e.Property(r => r.Document).HasColumnName("document");
            e.Property(r => r.NameSieve).HasColumnName("name_sieve");
            e.HasIndex(r => new { r.SourceArchive, r.SourceRecordId }).IsUnique();
            // FindAsync falls back to the source record id alone ("119698"), whatever the archive.
            e.HasIndex(r => r.SourceRecordId);
            e.HasIndex(r => r.DateStart);
        });

        modelBuilder.Entity<RecordLinkRow>(e =>
        {
            e.ToTable("record_links");
            e.HasKey(l => new { l.RecordId, l.Kind, l.Position });
            e.Property(l => l.RecordId).HasColumnName("record_id").HasMaxLength(200);
            e.Property(l => l.Kind).HasColumnName("kind").HasMaxLength(20);
            e.Property(l => l.Position).HasColumnName("position");
            e.Property(l => l.Name).HasColumnName("name");
            e.Property(l => l.AuthorityId).HasColumnName("authority_id").HasMaxLength(200);
            e.Property(l => l.SourceKey).HasColumnName("source_key");
            // With the record: counting the records that cite a set of names (related documents) reads the index alone.
            e.HasIndex(l => new { l.AuthorityId, l.RecordId });
            e.HasOne<RecordRow>().WithMany().HasForeignKey(l => l.RecordId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RecordCollectionRow>(e =>
        {
            e.ToTable("record_collections");
            e.HasKey(c => new { c.RecordId, c.Position });
            e.Property(c => c.RecordId).HasColumnName("record_id").HasMaxLength(200);
            e.Property(c => c.Position).HasColumnName("position");
            e.Property(c => c.CollectionId).HasColumnName("collection_id").HasMaxLength(200);
            e.Property(c => c.Number).HasColumnName("number").HasMaxLength(100);
            e.HasIndex(c => c.CollectionId);
            e.HasOne<RecordRow>().WithMany().HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Cascade);
        });

        // No foreign key to records: a deletion's change row outlives the record.
        modelBuilder.Entity<RecordChangeRow>(e =>
        {
            e.ToTable("record_changes");
            e.HasKey(c => c.Sequence);
            e.Property(c => c.Sequence).HasColumnName("sequence").ValueGeneratedOnAdd();
            e.Property(c => c.RecordId).HasColumnName("record_id").HasMaxLength(200);
            e.Property(c => c.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.At).HasColumnName("at");
            e.HasIndex(c => c.RecordId);
        });

        modelBuilder.Entity<AuthorityRow>(e =>
        {
            e.ToTable("authorities");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasColumnName("id").HasMaxLength(200);
            e.Property(a => a.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.PreferredName).HasColumnName("preferred_name");
            e.Property(a => a.Document).HasColumnName("document");
            e.HasIndex(a => new { a.Kind, a.PreferredName });
        });

        modelBuilder.Entity<AuthorityNameRow>(e =>
        {
            e.ToTable("authority_names");
            e.HasKey(n => new { n.AuthorityId, n.FoldedName });
            e.Property(n => n.AuthorityId).HasColumnName("authority_id").HasMaxLength(200);
            e.Property(n => n.FoldedName).HasColumnName("folded_name");
            e.HasIndex(n => n.FoldedName);
            e.HasOne<AuthorityRow>().WithMany().HasForeignKey(n => n.AuthorityId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CollectionRow>(e =>
        {
            e.ToTable("collections");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasColumnName("id").HasMaxLength(200);
            e.Property(c => c.Title).HasColumnName("title");
            e.Property(c => c.Document).HasColumnName("document");
        });

        modelBuilder.ApplyConfiguration(new Versions.RecordVersionRowConfiguration());
    }
}
