-- CreateIndex
CREATE INDEX "Paragraph_updatedAt_id_idx" ON "Paragraph"("updatedAt" DESC, "id" DESC);

