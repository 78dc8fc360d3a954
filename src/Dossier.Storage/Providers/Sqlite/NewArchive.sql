CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "authorities" (
    "id" TEXT NOT NULL CONSTRAINT "PK_authorities" PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "preferred_name" TEXT NOT NULL,
    "document" TEXT NOT NULL
);

CREATE TABLE "collections" (
    "id" TEXT NOT NULL CONSTRAINT "PK_collections" PRIMARY KEY,
    "title" TEXT NOT NULL,
    "document" TEXT NOT NULL
);

CREATE TABLE "record_changes" (
    "sequence" INTEGER NOT NULL CONSTRAINT "PK_record_changes" PRIMARY KEY AUTOINCREMENT,
    "record_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TEXT NOT NULL
);

CREATE TABLE "records" (
    "id" TEXT NOT NULL CONSTRAINT "PK_records" PRIMARY KEY,
    "source_archive" TEXT NOT NULL,
    "source_record_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date_value" TEXT NULL,
    "date_precision" TEXT NULL,
    "date_start" TEXT NULL,
    "date_end" TEXT NULL,
    "status" TEXT NOT NULL,
    "embargo_until" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "document" TEXT NOT NULL
);

CREATE TABLE "authority_names" (
    "authority_id" TEXT NOT NULL,
    "folded_name" TEXT NOT NULL,
    CONSTRAINT "PK_authority_names" PRIMARY KEY ("authority_id", "folded_name"),
    CONSTRAINT "FK_authority_names_authorities_authority_id" FOREIGN KEY ("authority_id") REFERENCES "authorities" ("id") ON DELETE CASCADE
);

CREATE TABLE "record_collections" (
    "record_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "collection_id" TEXT NOT NULL,
    "number" TEXT NULL,
    CONSTRAINT "PK_record_collections" PRIMARY KEY ("record_id", "position"),
    CONSTRAINT "FK_record_collections_records_record_id" FOREIGN KEY ("record_id") REFERENCES "records" ("id") ON DELETE CASCADE
);

CREATE TABLE "record_links" (
    "record_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "authority_id" TEXT NULL,
    "source_key" TEXT NULL,
    CONSTRAINT "PK_record_links" PRIMARY KEY ("record_id", "kind", "position"),
    CONSTRAINT "FK_record_links_records_record_id" FOREIGN KEY ("record_id") REFERENCES "records" ("id") ON DELETE CASCADE
);

CREATE INDEX "IX_authorities_kind_preferred_name" ON "authorities" ("kind", "preferred_name");

CREATE INDEX "IX_authority_names_folded_name" ON "authority_names" ("folded_name");

CREATE INDEX "IX_record_changes_record_id" ON "record_changes" ("record_id");

CREATE INDEX "IX_record_collections_collection_id" ON "record_collections" ("collection_id");

CREATE INDEX "IX_record_links_authority_id" ON "record_links" ("authority_id");

CREATE INDEX "IX_records_date_start" ON "records" ("date_start");

CREATE UNIQUE INDEX "IX_records_source_archive_source_record_id" ON "records" ("source_archive", "source_record_id");

CREATE INDEX "IX_records_source_record_id" ON "records" ("source_record_id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261128171520_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL CONSTRAINT "PK_accounts" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "normalized_name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NOT NULL,
    "concurrency_stamp" TEXT NOT NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "lockout_end" TEXT NULL,
    "access_failed_count" INTEGER NOT NULL,
    "must_change_password" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL
);

CREATE TABLE "audit_log" (
    "sequence" INTEGER NOT NULL CONSTRAINT "PK_audit_log" PRIMARY KEY AUTOINCREMENT,
    "at" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actor" TEXT NULL,
    "target" TEXT NULL,
    "detail" TEXT NULL,
    "address" TEXT NULL
);

CREATE TABLE "protection_keys" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "friendly_name" TEXT NOT NULL,
    "xml" TEXT NOT NULL
);

CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL CONSTRAINT "PK_api_tokens" PRIMARY KEY,
    "account_id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "revoked_at" TEXT NULL,
    CONSTRAINT "FK_api_tokens_accounts_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_accounts_normalized_name" ON "accounts" ("normalized_name");

CREATE INDEX "IX_api_tokens_account_id" ON "api_tokens" ("account_id");

CREATE UNIQUE INDEX "IX_api_tokens_hash" ON "api_tokens" ("hash");

CREATE INDEX "IX_audit_log_action" ON "audit_log" ("action");

CREATE INDEX "IX_audit_log_actor" ON "audit_log" ("actor");

CREATE INDEX "IX_audit_log_target" ON "audit_log" ("target");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130235130_Accounts', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "record_versions" (
    "record_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    CONSTRAINT "PK_record_versions" PRIMARY KEY ("record_id", "number")
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201003344_Versions', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "records" ADD "archival_path" TEXT NULL;

ALTER TABLE "records" ADD "date_year" INTEGER NULL;

ALTER TABLE "records" ADD "public_from" INTEGER NULL;

ALTER TABLE "records" ADD "repository" TEXT NULL;

ALTER TABLE "records" ADD "summary" TEXT NULL;

ALTER TABLE "records" ADD "summary_version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "record_collections" ADD "title" TEXT NULL;

CREATE INDEX "IX_records_date_year" ON "records" ("date_year");

CREATE INDEX "IX_records_public_from" ON "records" ("public_from");

CREATE INDEX "IX_records_summary_version" ON "records" ("summary_version");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201030514_CatalogueSummaries', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_record_links_authority_id";

CREATE INDEX "IX_record_links_authority_id_record_id" ON "record_links" ("authority_id", "record_id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201142135_CitingIndex', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202062837_PackedDocuments', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "records" ADD "name_sieve" BLOB NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202161459_NameSieves', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ef_temp_record_links" (
    "record_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "authority_id" TEXT NULL,
    "source_key" TEXT NULL,
    CONSTRAINT "PK_record_links" PRIMARY KEY ("record_id", "kind", "position"),
    CONSTRAINT "FK_record_links_records_record_id" FOREIGN KEY ("record_id") REFERENCES "records" ("id") ON DELETE CASCADE
) WITHOUT ROWID;

INSERT INTO "ef_temp_record_links" ("record_id", "kind", "position", "name", "authority_id", "source_key") SELECT "record_id", "kind", "position", "name", "authority_id", "source_key" FROM "record_links";

DROP TABLE "record_links";

ALTER TABLE "ef_temp_record_links" RENAME TO "record_links";

CREATE INDEX "IX_record_links_authority_id_record_id" ON "record_links" ("authority_id", "record_id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202232632_RecordLinksWithoutRowid', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_records_repository_archival_path" ON "records" ("repository", "archival_path");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206095659_ShelfIndex', '10.0.15');

COMMIT;

