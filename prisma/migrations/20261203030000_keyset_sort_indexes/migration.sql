-- Keyset pages that read only their page, at any data size (issue: flat latency for paged queries).

-- Date order: a NOT NULL sort key (unknown dates sort as 0001-01-01) with an index,
-- so "newest first" walks (sort_date, id) and stops after the page instead of sorting every match.
ALTER TABLE "agreements" ADD COLUMN "sort_date" DATE NOT NULL GENERATED ALWAYS AS (COALESCE("date_start", '0001-01-01'::date)) STORED;
ALTER TABLE "statements" ADD COLUMN "sort_date" DATE NOT NULL GENERATED ALWAYS AS (COALESCE("date_start", '0001-01-01'::date)) STORED;
ALTER TABLE "facts" ADD COLUMN "sort_date" DATE NOT NULL GENERATED ALWAYS AS (COALESCE("date_start", '0001-01-01'::date)) STORED;

-- CreateIndex
CREATE INDEX "agreements_sort_date_id_idx" ON "agreements"("sort_date", "id");
CREATE INDEX "statements_sort_date_id_idx" ON "statements"("sort_date", "id");
CREATE INDEX "facts_sort_date_id_idx" ON "facts"("sort_date", "id");

-- Name order within a country or an organization (the default order of those nested lists).
DROP INDEX "organizations_country_id_id_idx";
CREATE INDEX "organizations_country_id_name_id_idx" ON "organizations"("country_id", "name", "id");
DROP INDEX "persons_country_id_id_idx";
CREATE INDEX "persons_country_id_name_id_idx" ON "persons"("country_id", "name", "id");
DROP INDEX "persons_organization_id_id_idx";
CREATE INDEX "persons_organization_id_name_id_idx" ON "persons"("organization_id", "name", "id");
