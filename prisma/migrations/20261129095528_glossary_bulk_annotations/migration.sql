-- CreateEnum
CREATE TYPE "GlossaryType" AS ENUM ('entity', 'term', 'calque');

-- CreateEnum
CREATE TYPE "GlossaryLocale" AS ENUM ('both', 'pt-PT', 'pt-BR');

-- CreateEnum
CREATE TYPE "GlossaryAction" AS ENUM ('create', 'update', 'delete');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('open', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "MqmSeverity" AS ENUM ('neutral', 'minor', 'major', 'critical');

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "bulkChangeId" INTEGER;

-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "id" SERIAL NOT NULL,
    "preferred" TEXT NOT NULL,
    "variants" TEXT[],
    "sourceTerm" TEXT,
    "type" "GlossaryType" NOT NULL,
    "caseSensitive" BOOLEAN NOT NULL DEFAULT false,
    "locale" "GlossaryLocale" NOT NULL DEFAULT 'both',
    "note" TEXT,
    "updatedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryEntryRevision" (
    "id" SERIAL NOT NULL,
    "entryId" INTEGER,
    "action" "GlossaryAction" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryEntryRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossarySuggestion" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "preferred" TEXT NOT NULL,
    "variants" TEXT[],
    "type" "GlossaryType" NOT NULL,
    "origin" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'open',
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossarySuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkChange" (
    "id" SERIAL NOT NULL,
    "description" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneById" INTEGER,

    CONSTRAINT "BulkChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" SERIAL NOT NULL,
    "paragraphId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "subtype" TEXT,
    "severity" "MqmSeverity" NOT NULL,
    "comment" TEXT,
    "check" TEXT,
    "authorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryEntry_preferred_locale_type_key" ON "GlossaryEntry"("preferred", "locale", "type");

-- CreateIndex
CREATE INDEX "GlossaryEntryRevision_entryId_createdAt_idx" ON "GlossaryEntryRevision"("entryId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "GlossarySuggestion_key_key" ON "GlossarySuggestion"("key");

-- CreateIndex
CREATE INDEX "Annotation_paragraphId_idx" ON "Annotation"("paragraphId");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_bulkChangeId_fkey" FOREIGN KEY ("bulkChangeId") REFERENCES "BulkChange"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryEntry" ADD CONSTRAINT "GlossaryEntry_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryEntryRevision" ADD CONSTRAINT "GlossaryEntryRevision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GlossaryEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryEntryRevision" ADD CONSTRAINT "GlossaryEntryRevision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossarySuggestion" ADD CONSTRAINT "GlossarySuggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkChange" ADD CONSTRAINT "BulkChange_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkChange" ADD CONSTRAINT "BulkChange_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

