import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createArticle, getArticle } from "@/lib/data/articles";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { getParagraph } from "@/lib/data/paragraphs";
import { prismaForTests } from "@/lib/data/testing";
import { createUser, type UserSummary } from "@/lib/data/users";
import { MAX_PARAGRAPH_LENGTH } from "@/lib/validation/paragraph";
import { refusal } from "@/tests/support/refusal";

/**
 * The review actions as the server runs them, on a real database: only the session (there is no request
 * here) and the process-wide client are replaced.
 */
let opened: OpenDatabase;
let reviewer: UserSummary;

vi.mock("@/lib/auth/session", () => ({
  NotAllowedError: class NotAllowedError extends Error {},
  requireUser: async () => reviewer,
}));
vi.mock("@/lib/data/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/data/db")>()),
  getDb: async () => opened.db,
}));

const { acceptSuggestion } = await import("@/lib/actions/accept-suggestion");
const { restoreRevision } = await import("@/lib/actions/restore-revision");
const { saveParagraph } = await import("@/lib/actions/save-paragraph");

beforeAll(async () => {
  opened = await openPglite();
  reviewer = await createUser(opened.db, { email: "rev@example.com", name: "Rev", passwordHash: "x", role: "reviewer" });
});
afterAll(async () => {
  await opened?.close();
});

async function paragraph(text: string) {
  const { id } = await createArticle(opened.db, { title: "T", author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs: [{ kind: "body", text }] }, reviewer.id);
  return (await getArticle(opened.db, id))!.paragraphs[0];
}

// The first accepted write re-checks the article, which loads the flagger's dictionaries in the pool: tens of seconds on a busy machine.
describe("every write path validates the final text", { timeout: 90_000 }, () => {
  it("refuses an accepted suggestion that would take the paragraph past the limit, however it is split", async () => {
    const p = await paragraph(`${"a".repeat(60_000)} fim`);
    const result = await acceptSuggestion({
      paragraphId: p.id,
      baseVersion: p.version,
      start: 0,
      end: 1,
      expected: "a",
      replacement: "b".repeat(50_000),
      check: "spelling",
    });
    expect(result).toEqual({ ok: false, error: refusal("paragraphTooLong", { max: MAX_PARAGRAPH_LENGTH }) });
    expect((await getParagraph(opened.db, p.id))?.version).toBe(1);
  });

  it("stores an accepted suggestion composed to NFC, and refuses one with control characters", async () => {
    const p = await paragraph("O cafe abriu.");
    // A combining acute accent after the e of "cafe": the joined text is only NFC once composed.
    const accepted = await acceptSuggestion({ paragraphId: p.id, baseVersion: 1, start: 6, end: 6, expected: "", replacement: "\u0301", check: "spelling" });
    expect(accepted.ok).toBe(true);
    expect((await getParagraph(opened.db, p.id))?.currentText).toBe("O café abriu.");
    const control = await acceptSuggestion({ paragraphId: p.id, baseVersion: 2, start: 0, end: 1, expected: "O", replacement: "O\u0007", check: "spelling" });
    expect(control).toEqual({ ok: false, error: refusal("controlCharacters") });
  });

  it("refuses to restore a revision whose text no editor could save", async () => {
    const p = await paragraph("Texto limpo.");
    // A revision written before these rules existed.
    const prisma = prismaForTests(opened.db);
    const old = await prisma.revision.create({ data: { paragraphId: p.id, version: 2, text: "Texto\u0007sujo.", kind: "edit", authorId: reviewer.id } });
    await prisma.paragraph.update({ where: { id: p.id }, data: { version: 2, currentText: "Texto\u0007sujo." } });
    await saveParagraph({ paragraphId: p.id, baseVersion: 2, text: "Texto limpo de novo." });
    const restored = await restoreRevision({ paragraphId: p.id, revisionId: old.id, baseVersion: 3 });
    expect(restored).toEqual({ ok: false, error: refusal("controlCharacters") });
    expect((await getParagraph(opened.db, p.id))?.currentText).toBe("Texto limpo de novo.");
  });
});
