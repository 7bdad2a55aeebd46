-- CreateEnum
CREATE TYPE "DictionaryAction" AS ENUM ('added', 'edited', 'removed');

-- CreateTable
CREATE TABLE "IgnoredWord" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "word" VARCHAR(60) NOT NULL,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IgnoredWord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DictionaryWord" (
    "id" SERIAL NOT NULL,
    "word" VARCHAR(60) NOT NULL,
    "locale" "GlossaryLocale" NOT NULL DEFAULT 'both',
    "note" TEXT,
    "updatedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DictionaryWord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DictionaryRevision" (
    "id" SERIAL NOT NULL,
    "wordId" INTEGER,
    "action" "DictionaryAction" NOT NULL,
    "word" VARCHAR(60) NOT NULL,
    "locale" "GlossaryLocale" NOT NULL,
    "note" TEXT,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DictionaryRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IgnoredWord_articleId_word_key" ON "IgnoredWord"("articleId", "word");

-- CreateIndex
CREATE UNIQUE INDEX "DictionaryWord_word_key" ON "DictionaryWord"("word");

-- CreateIndex
CREATE INDEX "DictionaryRevision_wordId_createdAt_idx" ON "DictionaryRevision"("wordId", "createdAt");

-- AddForeignKey
ALTER TABLE "IgnoredWord" ADD CONSTRAINT "IgnoredWord_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IgnoredWord" ADD CONSTRAINT "IgnoredWord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DictionaryWord" ADD CONSTRAINT "DictionaryWord_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DictionaryRevision" ADD CONSTRAINT "DictionaryRevision_wordId_fkey" FOREIGN KEY ("wordId") REFERENCES "DictionaryWord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DictionaryRevision" ADD CONSTRAINT "DictionaryRevision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

