-- CreateIndex
CREATE INDEX "evidence_article_id_country_id_idx" ON "evidence"("article_id", "country_id");
