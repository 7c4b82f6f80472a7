-- CreateEnum
CREATE TYPE "MergeKind" AS ENUM ('ORGANIZATION', 'PERSON');

-- CreateTable
CREATE TABLE "merge_audits" (
    "id" SERIAL NOT NULL,
    "kind" "MergeKind" NOT NULL,
    "target_id" INTEGER NOT NULL,
    "source_ids" INTEGER[],
    "source_keys" TEXT[],
    "source_names" TEXT[],
    "reason" TEXT NOT NULL,
    "request_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "merge_audits_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "merge_audits_kind_target_id_idx" ON "merge_audits"("kind", "target_id");
