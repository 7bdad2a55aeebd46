-- A new original or a fixed alignment changes the workspace's source panel and its source-aware flags for everyone
-- who has the article open: every alignment row (the first one comes with each new original) is a live change.
CREATE FUNCTION "lapidar_live_alignment"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "lapidar_live_change"(s."articleId", 'source', NULL, NEW."createdById") FROM "SourceText" s WHERE s."id" = NEW."sourceTextId";
  RETURN NULL;
END $$;
CREATE TRIGGER "LiveChange_alignment" AFTER INSERT ON "Alignment" FOR EACH ROW EXECUTE FUNCTION "lapidar_live_alignment"();
