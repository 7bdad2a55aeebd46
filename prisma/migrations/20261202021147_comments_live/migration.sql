-- CreateEnum
CREATE TYPE "ThreadStatus" AS ENUM ('open', 'resolved');

-- CreateTable
CREATE TABLE "CommentThread" (
    "id" SERIAL NOT NULL,
    "paragraphId" INTEGER NOT NULL,
    "start" INTEGER,
    "end" INTEGER,
    "quote" VARCHAR(2000),
    "anchorVersion" INTEGER NOT NULL,
    "status" "ThreadStatus" NOT NULL DEFAULT 'open',
    "startedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusById" INTEGER,
    "statusAt" TIMESTAMP(3),

    CONSTRAINT "CommentThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "threadId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "body" VARCHAR(5000) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "deletedById" INTEGER,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentMention" (
    "commentId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "CommentMention_pkey" PRIMARY KEY ("commentId","userId")
);

-- CreateTable
CREATE TABLE "LiveChange" (
    "id" BIGSERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "paragraphId" INTEGER,
    "actorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticlePresence" (
    "pageId" VARCHAR(64) NOT NULL,
    "articleId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticlePresence_pkey" PRIMARY KEY ("pageId")
);

-- CreateIndex
CREATE INDEX "CommentThread_paragraphId_idx" ON "CommentThread"("paragraphId");

-- CreateIndex
CREATE INDEX "Comment_threadId_createdAt_idx" ON "Comment"("threadId", "createdAt");

-- CreateIndex
CREATE INDEX "CommentMention_userId_readAt_idx" ON "CommentMention"("userId", "readAt");

-- CreateIndex
CREATE INDEX "LiveChange_articleId_id_idx" ON "LiveChange"("articleId", "id");

-- CreateIndex
CREATE INDEX "ArticlePresence_articleId_seenAt_idx" ON "ArticlePresence"("articleId", "seenAt");

-- AddForeignKey
ALTER TABLE "CommentThread" ADD CONSTRAINT "CommentThread_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentThread" ADD CONSTRAINT "CommentThread_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentThread" ADD CONSTRAINT "CommentThread_statusById_fkey" FOREIGN KEY ("statusById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "CommentThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentMention" ADD CONSTRAINT "CommentMention_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentMention" ADD CONSTRAINT "CommentMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePresence" ADD CONSTRAINT "ArticlePresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Live changes: every write others should see in an open article appends a LiveChange row and notifies
-- channel lapidar_live with "articleId:id". Triggers, not application code, so that every path that writes
-- (the app, the command line, apply-to-all, a second app server) is seen. Prisma's diff ignores them.
CREATE FUNCTION "lapidar_live_change"(article_id INTEGER, change_kind TEXT, paragraph_id INTEGER, actor_id INTEGER) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  change_id BIGINT;
BEGIN
  INSERT INTO "LiveChange" ("articleId", "kind", "paragraphId", "actorId")
  VALUES (article_id, change_kind, paragraph_id, actor_id)
  RETURNING "id" INTO change_id;
  PERFORM pg_notify('lapidar_live', article_id::TEXT || ':' || change_id::TEXT);
END $$;

CREATE FUNCTION "lapidar_live_revision"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."kind" <> 'import' THEN
    PERFORM "lapidar_live_change"((SELECT "articleId" FROM "Paragraph" WHERE "id" = NEW."paragraphId"), 'save', NEW."paragraphId", NEW."authorId");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "LiveChange_revision" AFTER INSERT ON "Revision" FOR EACH ROW EXECUTE FUNCTION "lapidar_live_revision"();

CREATE FUNCTION "lapidar_live_approval"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "lapidar_live_change"(NEW."articleId", 'approve', NEW."id", NEW."approvedById");
  RETURN NULL;
END $$;
CREATE TRIGGER "LiveChange_approval" AFTER UPDATE OF "approvedAt" ON "Paragraph" FOR EACH ROW
WHEN (NEW."approvedAt" IS DISTINCT FROM OLD."approvedAt" AND NEW."status" = 'approved')
EXECUTE FUNCTION "lapidar_live_approval"();

CREATE FUNCTION "lapidar_live_dismissal"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "lapidar_live_change"((SELECT "articleId" FROM "Paragraph" WHERE "id" = NEW."paragraphId"), 'dismiss', NEW."paragraphId", NEW."userId");
  ELSE
    PERFORM "lapidar_live_change"((SELECT "articleId" FROM "Paragraph" WHERE "id" = OLD."paragraphId"), 'restore_flag', OLD."paragraphId", NULL);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "LiveChange_dismissal" AFTER INSERT OR DELETE ON "Dismissal" FOR EACH ROW EXECUTE FUNCTION "lapidar_live_dismissal"();

CREATE FUNCTION "lapidar_live_comment"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
  paragraph_id INTEGER;
BEGIN
  SELECT "paragraphId" INTO paragraph_id FROM "CommentThread" WHERE "id" = NEW."threadId";
  PERFORM "lapidar_live_change"((SELECT "articleId" FROM "Paragraph" WHERE "id" = paragraph_id), 'comment', paragraph_id, COALESCE(NEW."deletedById", NEW."authorId"));
  RETURN NULL;
END $$;
CREATE TRIGGER "LiveChange_comment" AFTER INSERT OR UPDATE ON "Comment" FOR EACH ROW EXECUTE FUNCTION "lapidar_live_comment"();

CREATE FUNCTION "lapidar_live_thread"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "lapidar_live_change"((SELECT "articleId" FROM "Paragraph" WHERE "id" = NEW."paragraphId"), 'comment', NEW."paragraphId", NEW."statusById");
  RETURN NULL;
END $$;
CREATE TRIGGER "LiveChange_thread" AFTER UPDATE OF "status" ON "CommentThread" FOR EACH ROW EXECUTE FUNCTION "lapidar_live_thread"();

CREATE FUNCTION "lapidar_live_presence"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "lapidar_live_change"(NEW."articleId", 'presence', NULL, NEW."userId");
  ELSE
    PERFORM "lapidar_live_change"(OLD."articleId", 'presence', NULL, OLD."userId");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "LiveChange_presence" AFTER INSERT OR DELETE ON "ArticlePresence" FOR EACH ROW EXECUTE FUNCTION "lapidar_live_presence"();

CREATE FUNCTION "lapidar_live_article"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "lapidar_live_change"(NEW."articleId", 'article', NULL, NEW."userId");
  RETURN NULL;
END $$;
CREATE TRIGGER "LiveChange_article" AFTER INSERT ON "ArticleEvent" FOR EACH ROW EXECUTE FUNCTION "lapidar_live_article"();
