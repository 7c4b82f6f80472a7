-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('ENERGY', 'NUCLEAR', 'MINING_AND_MINERALS', 'INFRASTRUCTURE', 'TRANSPORT_AND_LOGISTICS', 'MANUFACTURING', 'AGRICULTURE', 'HEALTHCARE', 'DIGITAL_AND_ICT', 'FINANCE_AND_INVESTMENT', 'TRADE', 'ENVIRONMENT_AND_CLIMATE', 'EDUCATION_AND_CULTURE', 'TOURISM', 'DIPLOMACY');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('COMPANY', 'GOVERNMENT', 'INTERNATIONAL', 'ASSOCIATION', 'MEDIA', 'RESEARCH', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('MEMORANDUM', 'CONTRACT', 'AGREEMENT', 'JOINT_STATEMENT', 'PARTNERSHIP', 'JOINT_VENTURE', 'PLAN', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('SIGNED', 'ANNOUNCED', 'COMPLETED', 'PLANNED');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT_QUOTE', 'REPORTED');

-- CreateTable
CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "content_hash" TEXT NOT NULL,
    "title" TEXT,
    "publisher" TEXT,
    "published_on" DATE,
    "body" TEXT NOT NULL,
    "source_file" TEXT,
    "url" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "search" tsvector,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "countries" (
    "id" SERIAL NOT NULL,
    "iso2" CHAR(2) NOT NULL,
    "iso3" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],

    CONSTRAINT "countries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regions" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region_members" (
    "region_id" INTEGER NOT NULL,
    "country_id" INTEGER NOT NULL,

    CONSTRAINT "region_members_pkey" PRIMARY KEY ("region_id","country_id")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "acronyms" TEXT[],
    "kind" "OrganizationKind" NOT NULL,
    "country_id" INTEGER,
    "search" tsvector,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "persons" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "role" TEXT,
    "country_id" INTEGER,
    "organization_id" INTEGER,
    "search" tsvector,

    CONSTRAINT "persons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreements" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "status" "AgreementStatus" NOT NULL,
    "date" TEXT,
    "date_start" DATE,
    "quantity" TEXT,
    "sectors" "Sector"[],
    "search" tsvector,

    CONSTRAINT "agreements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_party_countries" (
    "agreement_id" INTEGER NOT NULL,
    "country_id" INTEGER NOT NULL,

    CONSTRAINT "agreement_party_countries_pkey" PRIMARY KEY ("agreement_id","country_id")
);

-- CreateTable
CREATE TABLE "agreement_party_organizations" (
    "agreement_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,

    CONSTRAINT "agreement_party_organizations_pkey" PRIMARY KEY ("agreement_id","organization_id")
);

-- CreateTable
CREATE TABLE "agreement_signatories" (
    "agreement_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,

    CONSTRAINT "agreement_signatories_pkey" PRIMARY KEY ("agreement_id","person_id")
);

-- CreateTable
CREATE TABLE "statements" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "text" TEXT NOT NULL,
    "date" TEXT,
    "date_start" DATE,
    "occasion" TEXT,
    "sectors" "Sector"[],
    "speaker_person_id" INTEGER,
    "speaker_organization_id" INTEGER,
    "search" tsvector,

    CONSTRAINT "statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement_mention_countries" (
    "statement_id" INTEGER NOT NULL,
    "country_id" INTEGER NOT NULL,

    CONSTRAINT "statement_mention_countries_pkey" PRIMARY KEY ("statement_id","country_id")
);

-- CreateTable
CREATE TABLE "statement_mention_organizations" (
    "statement_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,

    CONSTRAINT "statement_mention_organizations_pkey" PRIMARY KEY ("statement_id","organization_id")
);

-- CreateTable
CREATE TABLE "facts" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "subject_country_id" INTEGER,
    "subject_organization_id" INTEGER,
    "metric" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "date" TEXT,
    "date_start" DATE,
    "search" tsvector,

    CONSTRAINT "facts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "country_id" INTEGER,
    "region_id" INTEGER,
    "organization_id" INTEGER,
    "person_id" INTEGER,
    "agreement_id" INTEGER,
    "statement_id" INTEGER,
    "fact_id" INTEGER,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_published_on_id_idx" ON "articles"("published_on", "id");

-- CreateIndex
CREATE INDEX "articles_publisher_idx" ON "articles"("publisher");

-- CreateIndex
CREATE UNIQUE INDEX "countries_iso2_key" ON "countries"("iso2");

-- CreateIndex
CREATE UNIQUE INDEX "countries_iso3_key" ON "countries"("iso3");

-- CreateIndex
CREATE INDEX "countries_name_idx" ON "countries"("name");

-- CreateIndex
CREATE UNIQUE INDEX "regions_key_key" ON "regions"("key");

-- CreateIndex
CREATE INDEX "region_members_country_id_idx" ON "region_members"("country_id");

-- CreateIndex
CREATE UNIQUE INDEX "organizations_key_key" ON "organizations"("key");

-- CreateIndex
CREATE INDEX "organizations_country_id_id_idx" ON "organizations"("country_id", "id");

-- CreateIndex
CREATE INDEX "organizations_kind_id_idx" ON "organizations"("kind", "id");

-- CreateIndex
CREATE INDEX "organizations_name_idx" ON "organizations"("name");

-- CreateIndex
CREATE UNIQUE INDEX "persons_key_key" ON "persons"("key");

-- CreateIndex
CREATE INDEX "persons_country_id_id_idx" ON "persons"("country_id", "id");

-- CreateIndex
CREATE INDEX "persons_organization_id_id_idx" ON "persons"("organization_id", "id");

-- CreateIndex
CREATE INDEX "persons_name_idx" ON "persons"("name");

-- CreateIndex
CREATE UNIQUE INDEX "agreements_key_key" ON "agreements"("key");

-- CreateIndex
CREATE INDEX "agreements_date_start_id_idx" ON "agreements"("date_start", "id");

-- CreateIndex
CREATE INDEX "agreements_kind_id_idx" ON "agreements"("kind", "id");

-- CreateIndex
CREATE INDEX "agreements_status_id_idx" ON "agreements"("status", "id");

-- CreateIndex
CREATE INDEX "agreements_sectors_idx" ON "agreements" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "agreement_party_countries_country_id_agreement_id_idx" ON "agreement_party_countries"("country_id", "agreement_id");

-- CreateIndex
CREATE INDEX "agreement_party_organizations_organization_id_agreement_id_idx" ON "agreement_party_organizations"("organization_id", "agreement_id");

-- CreateIndex
CREATE INDEX "agreement_signatories_person_id_agreement_id_idx" ON "agreement_signatories"("person_id", "agreement_id");

-- CreateIndex
CREATE UNIQUE INDEX "statements_key_key" ON "statements"("key");

-- CreateIndex
CREATE INDEX "statements_speaker_person_id_id_idx" ON "statements"("speaker_person_id", "id");

-- CreateIndex
CREATE INDEX "statements_speaker_organization_id_id_idx" ON "statements"("speaker_organization_id", "id");

-- CreateIndex
CREATE INDEX "statements_date_start_id_idx" ON "statements"("date_start", "id");

-- CreateIndex
CREATE INDEX "statements_kind_id_idx" ON "statements"("kind", "id");

-- CreateIndex
CREATE INDEX "statements_sectors_idx" ON "statements" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "statement_mention_countries_country_id_statement_id_idx" ON "statement_mention_countries"("country_id", "statement_id");

-- CreateIndex
CREATE INDEX "statement_mention_organizations_organization_id_statement_i_idx" ON "statement_mention_organizations"("organization_id", "statement_id");

-- CreateIndex
CREATE UNIQUE INDEX "facts_key_key" ON "facts"("key");

-- CreateIndex
CREATE INDEX "facts_subject_country_id_id_idx" ON "facts"("subject_country_id", "id");

-- CreateIndex
CREATE INDEX "facts_subject_organization_id_id_idx" ON "facts"("subject_organization_id", "id");

-- CreateIndex
CREATE INDEX "facts_date_start_id_idx" ON "facts"("date_start", "id");

-- CreateIndex
CREATE INDEX "facts_unit_idx" ON "facts"("unit");

-- CreateIndex
CREATE INDEX "evidence_article_id_start_idx" ON "evidence"("article_id", "start");

-- CreateIndex
CREATE INDEX "evidence_country_id_id_idx" ON "evidence"("country_id", "id");

-- CreateIndex
CREATE INDEX "evidence_region_id_id_idx" ON "evidence"("region_id", "id");

-- CreateIndex
CREATE INDEX "evidence_organization_id_id_idx" ON "evidence"("organization_id", "id");

-- CreateIndex
CREATE INDEX "evidence_person_id_id_idx" ON "evidence"("person_id", "id");

-- CreateIndex
CREATE INDEX "evidence_agreement_id_id_idx" ON "evidence"("agreement_id", "id");

-- CreateIndex
CREATE INDEX "evidence_statement_id_id_idx" ON "evidence"("statement_id", "id");

-- CreateIndex
CREATE INDEX "evidence_fact_id_id_idx" ON "evidence"("fact_id", "id");

-- AddForeignKey
ALTER TABLE "region_members" ADD CONSTRAINT "region_members_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_members" ADD CONSTRAINT "region_members_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persons" ADD CONSTRAINT "persons_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persons" ADD CONSTRAINT "persons_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_party_countries" ADD CONSTRAINT "agreement_party_countries_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_party_countries" ADD CONSTRAINT "agreement_party_countries_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_party_organizations" ADD CONSTRAINT "agreement_party_organizations_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_party_organizations" ADD CONSTRAINT "agreement_party_organizations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_signatories" ADD CONSTRAINT "agreement_signatories_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_signatories" ADD CONSTRAINT "agreement_signatories_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_person_id_fkey" FOREIGN KEY ("speaker_person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_organization_id_fkey" FOREIGN KEY ("speaker_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention_countries" ADD CONSTRAINT "statement_mention_countries_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention_countries" ADD CONSTRAINT "statement_mention_countries_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention_organizations" ADD CONSTRAINT "statement_mention_organizations_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention_organizations" ADD CONSTRAINT "statement_mention_organizations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facts" ADD CONSTRAINT "facts_subject_country_id_fkey" FOREIGN KEY ("subject_country_id") REFERENCES "countries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facts" ADD CONSTRAINT "facts_subject_organization_id_fkey" FOREIGN KEY ("subject_organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_fact_id_fkey" FOREIGN KEY ("fact_id") REFERENCES "facts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Written by hand below: what schema.prisma cannot express.
-- Keep every semicolon a statement terminator (none in comments, strings or
-- function bodies): the schema engine's driver adapter splits scripts on them.
-- ---------------------------------------------------------------------------

-- array_to_string is only STABLE, and generated columns accept IMMUTABLE
-- expressions only. For text[] it depends on nothing but its arguments.
CREATE FUNCTION "immutable_array_to_string"(text[], text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT array_to_string($1, $2) $$;

-- Full-text search: tsvector columns generated from the searchable text with
-- the 'english' configuration, weights A (names, titles) to C (context).
-- Every nullable input is coalesced: one NULL would make the whole vector NULL.
ALTER TABLE "articles" DROP COLUMN "search";
ALTER TABLE "articles" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, "body"), 'B')
) STORED;

ALTER TABLE "organizations" DROP COLUMN "search";
ALTER TABLE "organizations" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "name"), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("immutable_array_to_string"("aliases" || "acronyms", ' '), '')), 'B')
) STORED;

ALTER TABLE "persons" DROP COLUMN "search";
ALTER TABLE "persons" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "name"), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("immutable_array_to_string"("aliases", ' '), '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce("role", '')), 'C')
) STORED;

ALTER TABLE "agreements" DROP COLUMN "search";
ALTER TABLE "agreements" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("quantity", '')), 'C')
) STORED;

ALTER TABLE "statements" DROP COLUMN "search";
ALTER TABLE "statements" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "text"), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("occasion", '')), 'C')
) STORED;

ALTER TABLE "facts" DROP COLUMN "search";
ALTER TABLE "facts" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "subject"), 'A') ||
    setweight(to_tsvector('english'::regconfig, "metric"), 'B') ||
    setweight(to_tsvector('english'::regconfig, "unit"), 'C')
) STORED;

CREATE INDEX "articles_search_idx" ON "articles" USING GIN ("search");
CREATE INDEX "organizations_search_idx" ON "organizations" USING GIN ("search");
CREATE INDEX "persons_search_idx" ON "persons" USING GIN ("search");
CREATE INDEX "agreements_search_idx" ON "agreements" USING GIN ("search");
CREATE INDEX "statements_search_idx" ON "statements" USING GIN ("search");
CREATE INDEX "facts_search_idx" ON "facts" USING GIN ("search");

-- Integrity rules the schema states in comments.
ALTER TABLE "statements" ADD CONSTRAINT "statements_one_speaker_check"
    CHECK (num_nonnulls("speaker_person_id", "speaker_organization_id") = 1);

ALTER TABLE "evidence" ADD CONSTRAINT "evidence_one_record_check"
    CHECK (num_nonnulls("country_id", "region_id", "organization_id", "person_id", "agreement_id", "statement_id", "fact_id") = 1);

ALTER TABLE "evidence" ADD CONSTRAINT "evidence_span_check"
    CHECK ("start" >= 0 AND "end" > "start");
