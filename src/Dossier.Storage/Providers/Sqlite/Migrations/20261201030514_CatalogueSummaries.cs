using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dossier.Storage.Providers.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "date_year",
                table: "records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "public_from",
                table: "records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "repository",
                table: "records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "summary",
                table: "records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "summary_version",
                table: "records",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "title",
                table: "record_collections",
                type: "TEXT",
                nullable: true);

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
