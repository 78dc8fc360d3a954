using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dossier.Storage.Providers.Sqlite.Migrations
{
    /// <summary>
    /// <c>records</c> indexed by (repository, archival_path): a shelf of the archival tree lists the records filed at
    /// exactly its place without reading every record's row.
    /// </summary>
    public partial class ShelfIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_records_repository_archival_path",
                table: "records",
                columns: new[] { "repository", "archival_path" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_records_repository_archival_path",
                table: "records");
        }
    }
}
