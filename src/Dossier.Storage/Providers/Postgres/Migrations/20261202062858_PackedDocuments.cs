using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dossier.Storage.Providers.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PackedDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The documents are packed (StoredDocument) from now on; the rows written before keep their UTF-8 JSON, which
            // reads as it stands. text::bytea would read the JSON's backslashes as escapes, so the bytes are converted.
            // Packed bytes do not shrink again: TOAST keeps them out of line without trying to compress them.
            foreach (var table in new[] { "records", "record_versions" })
            {
                migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN document TYPE bytea USING convert_to(document, 'UTF8');");
                migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN document SET STORAGE EXTERNAL;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Only an archive whose documents were all written before packing goes back: a packed one is not UTF-8.
            foreach (var table in new[] { "records", "record_versions" })
            {
                migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN document SET STORAGE EXTENDED;");
                migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN document TYPE text COLLATE \"C\" USING convert_from(document, 'UTF8');");
            }
        }
    }
}
