using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dossier.Storage.Providers.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "archival_path",
                table: "records",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<int>(
                name: "date_year",
                table: "records",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "public_from",
                table: "records",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "repository",
                table: "records",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "summary",
                table: "records",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<int>(
                name: "summary_version",
                table: "records",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "title",
                table: "record_collections",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_records_date_year",
                table: "records",
                column: "date_year");

            migrationBuilder.CreateIndex(
                name: "IX_records_public_from",
                table: "records",
                column: "public_from");

            migrationBuilder.CreateIndex(
                name: "IX_records_summary_version",
                table: "records",
                column: "summary_version");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_records_date_year",
                table: "records");

            migrationBuilder.DropIndex(
                name: "IX_records_public_from",
                table: "records");

            migrationBuilder.DropIndex(
                name: "IX_records_summary_version",
                table: "records");

            migrationBuilder.DropColumn(
                name: "archival_path",
                table: "records");

            migrationBuilder.DropColumn(
                name: "date_year",
                table: "records");

            migrationBuilder.DropColumn(
                name: "public_from",
                table: "records");

            migrationBuilder.DropColumn(
                name: "repository",
                table: "records");

            migrationBuilder.DropColumn(
                name: "summary",
                table: "records");

            migrationBuilder.DropColumn(
                name: "summary_version",
                table: "records");

            migrationBuilder.DropColumn(
                name: "title",
                table: "record_collections");
        }
    }
}
