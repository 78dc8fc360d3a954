using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dossier.Storage.Providers.Postgres.Migrations
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
                type: "bytea",
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
