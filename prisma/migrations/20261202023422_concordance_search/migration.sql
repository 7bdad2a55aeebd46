-- The concordance looks phrases up in every article's machine and current texts. PostgreSQL keeps the
-- words itself, as generated columns, so no write path can forget them; GIN indexes make a phrase
-- query (phraseto_tsquery) fast over a million paragraphs. 'simple': lower case, no stemming.
ALTER TABLE "Paragraph"
  ADD COLUMN "machineWords" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "machineText")) STORED,
  ADD COLUMN "currentWords" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "currentText")) STORED;

-- CreateIndex
CREATE INDEX "Paragraph_machineWords_idx" ON "Paragraph" USING GIN ("machineWords");

-- CreateIndex
CREATE INDEX "Paragraph_currentWords_idx" ON "Paragraph" USING GIN ("currentWords");
