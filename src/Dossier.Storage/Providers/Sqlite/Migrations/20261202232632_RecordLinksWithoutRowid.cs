using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dossier.Storage.Providers.Sqlite.Migrations
{
    /// <summary>
    /// <c>record_links</c> becomes a WITHOUT ROWID table: its rows are kept in the primary key's order, where they were
    /// kept by rowid with a copy of every key in a separate index (the model does not change; EF Core has no option for
    /// it, so the table is rebuilt by hand as EF Core rebuilds SQLite tables). On the 100 FRUS volumes, 560,954 links:
    /// the table and its indexes took 71.8 MB (table 31.2, primary key 19.7, authority index 20.9).
    /// </summary>
    public partial class RecordLinksWithoutRowid : Migration
    {
        private const string Columns = "\"record_id\", \"kind\", \"position\", \"name\", \"authority_id\", \"source_key\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, " WITHOUT ROWID");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "");

        private static void Rebuild(MigrationBuilder migrationBuilder, string options)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "ef_temp_record_links" (
                    "record_id" TEXT NOT NULL,
                    "kind" TEXT NOT NULL,
                    "position" INTEGER NOT NULL,
                    "name" TEXT NOT NULL,
                    "authority_id" TEXT NULL,
                    "source_key" TEXT NULL,
                    CONSTRAINT "PK_record_links" PRIMARY KEY ("record_id", "kind", "position"),
                    CONSTRAINT "FK_record_links_records_record_id" FOREIGN KEY ("record_id") REFERENCES "records" ("id") ON DELETE CASCADE
                ){options};
                """);
            migrationBuilder.Sql($"INSERT INTO \"ef_temp_record_links\" ({Columns}) SELECT {Columns} FROM \"record_links\";");
            migrationBuilder.Sql("DROP TABLE \"record_links\";");
            migrationBuilder.Sql("ALTER TABLE \"ef_temp_record_links\" RENAME TO \"record_links\";");
            migrationBuilder.Sql("CREATE INDEX \"IX_record_links_authority_id_record_id\" ON \"record_links\" (\"authority_id\", \"record_id\");");
        }
    }
}
