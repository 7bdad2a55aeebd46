import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation, deleteAnnotation, getAnnotation, listArticleAnnotations, type NewAnnotation } from "@/lib/data/annotations";
import { createArticle, getArticle } from "@/lib/data/articles";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { saveParagraphText } from "@/lib/data/paragraphs";
import { createUser } from "@/lib/data/users";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

function annotationSuite(open: () => Promise<OpenDatabase>) {
  let opened: OpenDatabase;
  let articleId: number;
  let paragraphIds: number[];
  let userId: number;

  beforeAll(async () => {
    opened = await open();
    const db = opened.db;
    userId = (await createUser(db, { email: "ana@example.com", name: "Ana", passwordHash: "x", role: "reviewer" })).id;
    articleId = (
      await createArticle(
        db,
        {
          title: "Teste",
          author: null,
          sourceName: null,
          sourceUrl: null,
          locale: "pt-PT",
          paragraphs: [
            { kind: "body", text: "Ação 🙂 da HKUST Xunfei, 科大讯飞." },
            { kind: "body", text: "O grande modelo é uma necessidade justa." },
          ],
        },
        userId,
      )
    ).id;
    paragraphIds = (await getArticle(db, articleId))!.paragraphs.map((p) => p.id);
  });
  afterAll(async () => {
    await opened?.close();
  });

  const base = (over: Partial<NewAnnotation>): NewAnnotation => ({
    paragraphId: paragraphIds[0],
    start: 0,
    end: 0,
    text: "",
    category: "Terminology",
    subtype: "wrong term",
    severity: "major",
    comment: null,
    check: null,
    authorId: userId,
    ...over,
  });

  it("stores a span by UTF-16 offsets through accents, emoji and CJK", async () => {
    const text = "Ação 🙂 da HKUST Xunfei, 科大讯飞.";
    const span = "HKUST Xunfei";
    const start = text.indexOf(span);
    expect(start).toBe(11); // "🙂" is two code units
    const result = await createAnnotation(opened.db, base({ start, end: start + span.length, text: span, comment: "iFlytek" }));
    expect(result).toMatchObject({ ok: true, articleId, annotation: { text: span, start: 11, end: 23, author: { name: "Ana" } } });
    const cjk = await createAnnotation(opened.db, base({ start: text.indexOf("科"), end: text.indexOf("科") + 4, text: "科大讯飞", category: "Accuracy", subtype: "untranslated", severity: "minor" }));
    expect(cjk.ok).toBe(true);
  });

  it("refuses a span whose text is no longer there, and a missing paragraph", async () => {
    await saveParagraphText(opened.db, { paragraphId: paragraphIds[1], baseVersion: 1, text: "O grande modelo é uma necessidade essencial.", userId });
    const stale = await createAnnotation(opened.db, base({ paragraphId: paragraphIds[1], start: 22, end: 39, text: "necessidade justa" }));
    expect(stale).toEqual({ ok: false, reason: "stale_span" });
    const beyond = await createAnnotation(opened.db, base({ paragraphId: paragraphIds[1], start: 40, end: 99, text: "x".repeat(59) }));
    expect(beyond).toEqual({ ok: false, reason: "stale_span" });
    expect(await createAnnotation(opened.db, base({ paragraphId: 999_999, text: "x", end: 1 }))).toEqual({ ok: false, reason: "not_found" });
  });

  it("lists an article's annotations in reading order and deletes one", async () => {
    const listed = await listArticleAnnotations(opened.db, articleId);
    expect(listed.map((a) => a.text)).toEqual(["HKUST Xunfei", "科大讯飞"]);
    const first = (await getAnnotation(opened.db, listed[0].id))!;
    expect(first.paragraph.articleId).toBe(articleId);
    expect(await deleteAnnotation(opened.db, listed[0].id)).toBe(true);
    expect(await deleteAnnotation(opened.db, listed[0].id)).toBe(false);
    expect((await listArticleAnnotations(opened.db, articleId)).map((a) => a.text)).toEqual(["科大讯飞"]);
  });
}

describe("annotations on PGlite", () => {
  annotationSuite(() => openPglite());
});

describe.runIf(serverUrl)("annotations on a PostgreSQL server (DATABASE_URL)", () => {
  annotationSuite(() => openThrowawayDatabase(serverUrl!));
});
