-- CreateEnum
CREATE TYPE "AlignmentOrigin" AS ENUM ('auto', 'xliff', 'manual');

-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN     "unitId" VARCHAR(200);

-- CreateTable
CREATE TABLE "SourceText" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "language" VARCHAR(20) NOT NULL,
    "origin" VARCHAR(20) NOT NULL,
    "fileId" VARCHAR(200),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceParagraph" (
    "id" SERIAL NOT NULL,
    "sourceTextId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "SourceParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alignment" (
    "id" SERIAL NOT NULL,
    "sourceTextId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "links" JSONB NOT NULL,
    "origin" "AlignmentOrigin" NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceText_articleId_version_key" ON "SourceText"("articleId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "SourceParagraph_sourceTextId_position_key" ON "SourceParagraph"("sourceTextId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Alignment_sourceTextId_version_key" ON "Alignment"("sourceTextId", "version");

-- AddForeignKey
ALTER TABLE "SourceText" ADD CONSTRAINT "SourceText_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceText" ADD CONSTRAINT "SourceText_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceParagraph" ADD CONSTRAINT "SourceParagraph_sourceTextId_fkey" FOREIGN KEY ("sourceTextId") REFERENCES "SourceText"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alignment" ADD CONSTRAINT "Alignment_sourceTextId_fkey" FOREIGN KEY ("sourceTextId") REFERENCES "SourceText"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alignment" ADD CONSTRAINT "Alignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

