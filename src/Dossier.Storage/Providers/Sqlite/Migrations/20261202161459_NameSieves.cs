using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dossier.Storage.Providers.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NameSieves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "name_sieve",
                table: "records",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "name_sieve",
                table: "records");
        }
    }
}
