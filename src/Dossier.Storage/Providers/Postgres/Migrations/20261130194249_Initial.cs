using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dossier.Storage.Providers.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "authorities",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    preferred_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    document = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authorities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "collections",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    document = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "record_changes",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    record_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_changes", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "records",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    source_archive = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    source_record_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    date_value = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    date_precision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    date_start = table.Column<DateOnly>(type: "date", nullable: true),
                    date_end = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    embargo_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    document = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "authority_names",
                columns: table => new
                {
                    authority_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    folded_name = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authority_names", x => new { x.authority_id, x.folded_name });
                    table.ForeignKey(
                        name: "FK_authority_names_authorities_authority_id",
                        column: x => x.authority_id,
                        principalTable: "authorities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "record_collections",
                columns: table => new
                {
                    record_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    position = table.Column<int>(type: "integer", nullable: false),
                    collection_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_collections", x => new { x.record_id, x.position });
                    table.ForeignKey(
                        name: "FK_record_collections_records_record_id",
                        column: x => x.record_id,
                        principalTable: "records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "record_links",
                columns: table => new
                {
                    record_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    authority_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    source_key = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_links", x => new { x.record_id, x.kind, x.position });
                    table.ForeignKey(
                        name: "FK_record_links_records_record_id",
                        column: x => x.record_id,
                        principalTable: "records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_authorities_kind_preferred_name",
                table: "authorities",
                columns: new[] { "kind", "preferred_name" });

            migrationBuilder.CreateIndex(
                name: "IX_authority_names_folded_name",
                table: "authority_names",
                column: "folded_name");

            migrationBuilder.CreateIndex(
                name: "IX_record_changes_record_id",
                table: "record_changes",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "IX_record_collections_collection_id",
                table: "record_collections",
                column: "collection_id");

            migrationBuilder.CreateIndex(
                name: "IX_record_links_authority_id",
                table: "record_links",
                column: "authority_id");

            migrationBuilder.CreateIndex(
                name: "IX_records_date_start",
                table: "records",
                column: "date_start");

            migrationBuilder.CreateIndex(
                name: "IX_records_source_archive_source_record_id",
                table: "records",
                columns: new[] { "source_archive", "source_record_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_records_source_record_id",
                table: "records",
                column: "source_record_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authority_names");

            migrationBuilder.DropTable(
                name: "collections");

            migrationBuilder.DropTable(
                name: "record_changes");

            migrationBuilder.DropTable(
                name: "record_collections");

            migrationBuilder.DropTable(
                name: "record_links");

            migrationBuilder.DropTable(
                name: "authorities");

            migrationBuilder.DropTable(
                name: "records");
        }
    }
}
