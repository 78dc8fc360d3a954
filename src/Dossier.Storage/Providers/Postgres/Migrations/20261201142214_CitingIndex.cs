using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dossier.Storage.Providers.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CitingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_record_links_authority_id",
                table: "record_links");

            migrationBuilder.CreateIndex(
                name: "IX_record_links_authority_id_record_id",
                table: "record_links",
                columns: new[] { "authority_id", "record_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_record_links_authority_id_record_id",
                table: "record_links");

            migrationBuilder.CreateIndex(
                name: "IX_record_links_authority_id",
                table: "record_links",
                column: "authority_id");
        }
    }
}
