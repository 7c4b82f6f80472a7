-- An agreement's sort_date on its join rows (parties, signatories), so "a parent's newest agreements"
-- (an organization's, a country's, a person's) walks (parent, sort_date, agreement_id) and stops after
-- the page, instead of sorting every agreement of the parent: flat at any data size.
--
-- Triggers keep the copy right whoever writes (the article writer, re-extraction's fold, corrections,
-- merges, the bench's bulk copy): a join row takes its agreement's sort_date when inserted or moved to
-- another agreement, and an agreement whose date changes passes the new sort_date to its join rows.

-- AlterTable
ALTER TABLE "agreement_party_countries" ADD COLUMN     "sort_date" DATE NOT NULL DEFAULT '0001-01-01'::date;

-- AlterTable
ALTER TABLE "agreement_party_organizations" ADD COLUMN     "sort_date" DATE NOT NULL DEFAULT '0001-01-01'::date;

-- AlterTable
ALTER TABLE "agreement_signatories" ADD COLUMN     "sort_date" DATE NOT NULL DEFAULT '0001-01-01'::date;

-- CreateIndex
CREATE INDEX "agreement_party_countries_country_id_sort_date_agreement_id_idx" ON "agreement_party_countries"("country_id", "sort_date", "agreement_id");

-- CreateIndex
CREATE INDEX "agreement_party_organizations_organization_id_sort_date_agr_idx" ON "agreement_party_organizations"("organization_id", "sort_date", "agreement_id");

-- CreateIndex
CREATE INDEX "agreement_signatories_person_id_sort_date_agreement_id_idx" ON "agreement_signatories"("person_id", "sort_date", "agreement_id");

-- Rows written before this migration.
UPDATE "agreement_party_countries" j SET "sort_date" = a."sort_date" FROM "agreements" a WHERE a."id" = j."agreement_id";
UPDATE "agreement_party_organizations" j SET "sort_date" = a."sort_date" FROM "agreements" a WHERE a."id" = j."agreement_id";
UPDATE "agreement_signatories" j SET "sort_date" = a."sort_date" FROM "agreements" a WHERE a."id" = j."agreement_id";

-- Function bodies are E'' strings with their semicolons written as \073 (octal): Prisma's pg adapter
-- splits a migration script at every semicolon, dollar quotes and strings included.
CREATE FUNCTION "agreement_join_row_sort_date"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."sort_date" := (SELECT a."sort_date" FROM "agreements" a WHERE a."id" = NEW."agreement_id")\073
  RETURN NEW\073
END';

CREATE TRIGGER "agreement_party_countries_sort_date" BEFORE INSERT OR UPDATE OF "agreement_id" ON "agreement_party_countries"
  FOR EACH ROW EXECUTE FUNCTION "agreement_join_row_sort_date"();
CREATE TRIGGER "agreement_party_organizations_sort_date" BEFORE INSERT OR UPDATE OF "agreement_id" ON "agreement_party_organizations"
  FOR EACH ROW EXECUTE FUNCTION "agreement_join_row_sort_date"();
CREATE TRIGGER "agreement_signatories_sort_date" BEFORE INSERT OR UPDATE OF "agreement_id" ON "agreement_signatories"
  FOR EACH ROW EXECUTE FUNCTION "agreement_join_row_sort_date"();

CREATE FUNCTION "agreement_sort_date_to_join_rows"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "agreement_party_countries" SET "sort_date" = NEW."sort_date" WHERE "agreement_id" = NEW."id"\073
  UPDATE "agreement_party_organizations" SET "sort_date" = NEW."sort_date" WHERE "agreement_id" = NEW."id"\073
  UPDATE "agreement_signatories" SET "sort_date" = NEW."sort_date" WHERE "agreement_id" = NEW."id"\073
  RETURN NULL\073
END';

CREATE TRIGGER "agreements_sort_date_to_join_rows" AFTER UPDATE OF "date_start" ON "agreements"
  FOR EACH ROW WHEN (OLD."sort_date" IS DISTINCT FROM NEW."sort_date") EXECUTE FUNCTION "agreement_sort_date_to_join_rows"();
