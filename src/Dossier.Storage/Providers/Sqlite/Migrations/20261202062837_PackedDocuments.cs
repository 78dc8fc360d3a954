using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dossier.Storage.Providers.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PackedDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The documents are packed (StoredDocument) from now on, as BLOBs; the rows written before keep their UTF-8
            // JSON, which reads as it stands. SQLite keeps a BLOB in a column declared TEXT as it is (TEXT affinity only
            // turns numbers into text), so the tables are not rebuilt: EF's rebuild would copy every document (446 MB
            // for the 100 FRUS volumes) in three transactions with foreign keys off between them.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
