-- CreateEnum
CREATE TYPE "CorrectionTarget" AS ENUM ('ORGANIZATION', 'PERSON', 'AGREEMENT', 'STATEMENT', 'FACT');

-- CreateEnum
CREATE TYPE "CorrectionAction" AS ENUM ('CORRECT', 'REJECT', 'RESTORE');

-- AlterTable
ALTER TABLE "agreements" ADD COLUMN     "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "extraction_method" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "extraction_version" TEXT NOT NULL DEFAULT 'unversioned',
ADD COLUMN     "rejected" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "extracted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "extractor_version" TEXT NOT NULL DEFAULT 'unversioned';

-- AlterTable
ALTER TABLE "countries" ADD COLUMN     "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "extraction_method" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "extraction_version" TEXT NOT NULL DEFAULT 'unversioned';

-- AlterTable
ALTER TABLE "facts" ADD COLUMN     "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "extraction_method" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "extraction_version" TEXT NOT NULL DEFAULT 'unversioned',
ADD COLUMN     "rejected" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "extraction_method" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "extraction_version" TEXT NOT NULL DEFAULT 'unversioned',
ADD COLUMN     "rejected" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "persons" ADD COLUMN     "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "extraction_method" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "extraction_version" TEXT NOT NULL DEFAULT 'unversioned',
ADD COLUMN     "rejected" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "regions" ADD COLUMN     "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "extraction_method" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "extraction_version" TEXT NOT NULL DEFAULT 'unversioned';

-- AlterTable
ALTER TABLE "statements" ADD COLUMN     "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "extraction_method" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "extraction_version" TEXT NOT NULL DEFAULT 'unversioned',
ADD COLUMN     "rejected" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "claims" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "country_id" INTEGER,
    "region_id" INTEGER,
    "organization_id" INTEGER,
    "person_id" INTEGER,
    "agreement_id" INTEGER,
    "statement_id" INTEGER,
    "fact_id" INTEGER,
    "fields" JSONB NOT NULL,
    "method" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrections" (
    "id" SERIAL NOT NULL,
    "target" "CorrectionTarget" NOT NULL,
    "record_key" TEXT NOT NULL,
    "record_id" INTEGER NOT NULL,
    "action" "CorrectionAction" NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "actor" TEXT NOT NULL,
    "request_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "corrections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claims_article_id_idx" ON "claims"("article_id");

-- CreateIndex
CREATE INDEX "claims_country_id_article_id_idx" ON "claims"("country_id", "article_id");

-- CreateIndex
CREATE INDEX "claims_region_id_article_id_idx" ON "claims"("region_id", "article_id");

-- CreateIndex
CREATE INDEX "claims_organization_id_article_id_idx" ON "claims"("organization_id", "article_id");

-- CreateIndex
CREATE INDEX "claims_person_id_article_id_idx" ON "claims"("person_id", "article_id");

-- CreateIndex
CREATE INDEX "claims_agreement_id_article_id_idx" ON "claims"("agreement_id", "article_id");

-- CreateIndex
CREATE INDEX "claims_statement_id_article_id_idx" ON "claims"("statement_id", "article_id");

-- CreateIndex
CREATE INDEX "claims_fact_id_article_id_idx" ON "claims"("fact_id", "article_id");

-- CreateIndex
CREATE INDEX "corrections_target_record_key_id_idx" ON "corrections"("target", "record_key", "id");

-- CreateIndex
CREATE INDEX "corrections_target_record_id_id_idx" ON "corrections"("target", "record_id", "id");

-- CreateIndex
CREATE INDEX "corrections_created_at_id_idx" ON "corrections"("created_at", "id");

-- CreateIndex
CREATE INDEX "articles_extractor_version_id_idx" ON "articles"("extractor_version", "id");

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_fact_id_fkey" FOREIGN KEY ("fact_id") REFERENCES "facts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A claim is about exactly one record (as an evidence row is).
ALTER TABLE "claims" ADD CONSTRAINT "claims_one_record"
    CHECK (num_nonnulls("country_id", "region_id", "organization_id", "person_id", "agreement_id", "statement_id", "fact_id") = 1);
ALTER TABLE "claims" ADD CONSTRAINT "claims_confidence_range" CHECK ("confidence" > 0 AND "confidence" <= 1);
