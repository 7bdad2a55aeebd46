-- CreateEnum
CREATE TYPE "ArticleEventKind" AS ENUM ('status', 'metadata', 'archive', 'restore', 'assign', 'unassign');

-- AlterEnum
CREATE TYPE "ArticleStatus_new" AS ENUM ('new', 'in_review', 'approved', 'published');
ALTER TABLE "public"."Article" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Article" ALTER COLUMN "status" TYPE "ArticleStatus_new" USING (CASE "status"::text WHEN 'done' THEN 'approved' ELSE "status"::text END::"ArticleStatus_new");
ALTER TYPE "ArticleStatus" RENAME TO "ArticleStatus_old";
ALTER TYPE "ArticleStatus_new" RENAME TO "ArticleStatus";
DROP TYPE "public"."ArticleStatus_old";
ALTER TABLE "Article" ALTER COLUMN "status" SET DEFAULT 'new';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "openFlags" INTEGER,
ADD COLUMN     "textHash" VARCHAR(64),
ALTER COLUMN "status" SET DEFAULT 'new';

-- CreateTable
CREATE TABLE "ArticleEvent" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "kind" "ArticleEventKind" NOT NULL,
    "field" VARCHAR(40),
    "oldValue" TEXT,
    "newValue" TEXT,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleAssignment" (
    "articleId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "assignedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleAssignment_pkey" PRIMARY KEY ("articleId","userId")
);

-- CreateIndex
CREATE INDEX "ArticleEvent_articleId_createdAt_idx" ON "ArticleEvent"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleAssignment_userId_idx" ON "ArticleAssignment"("userId");

-- CreateIndex
CREATE INDEX "Article_status_idx" ON "Article"("status");

-- CreateIndex
CREATE INDEX "Article_textHash_idx" ON "Article"("textHash");

-- CreateIndex
CREATE INDEX "Article_sourceUrl_idx" ON "Article"("sourceUrl");

-- AddForeignKey
ALTER TABLE "ArticleEvent" ADD CONSTRAINT "ArticleEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleEvent" ADD CONSTRAINT "ArticleEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAssignment" ADD CONSTRAINT "ArticleAssignment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAssignment" ADD CONSTRAINT "ArticleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAssignment" ADD CONSTRAINT "ArticleAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill: an article nobody has changed since import is new; the text hash is computed as
-- lib/data/article-text-hash.ts does (machine texts in order, trimmed, whitespace collapsed, joined by newlines).
UPDATE "Article" a SET "status" = 'new'
WHERE a."status" = 'in_review'
  AND NOT EXISTS (SELECT 1 FROM "Paragraph" p WHERE p."articleId" = a.id AND (p."version" > 1 OR p."status" <> 'pending'));

UPDATE "Article" a SET "textHash" = h.hash
FROM (
  SELECT p."articleId", encode(sha256(convert_to(string_agg(btrim(regexp_replace(p."machineText", '\s+', ' ', 'g')), E'\n' ORDER BY p."position"), 'UTF8')), 'hex') AS hash
  FROM "Paragraph" p GROUP BY p."articleId"
) h
WHERE h."articleId" = a.id;
