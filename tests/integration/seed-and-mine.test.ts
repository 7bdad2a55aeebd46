import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createArticle, getArticle } from "@/lib/data/articles";
import { openConfiguredDatabase, openPglite, type OpenDatabase } from "@/lib/data/db";
import { listOpenSuggestions } from "@/lib/data/glossary-suggestions";
import { prismaForTests } from "@/lib/data/testing";
import { createUser } from "@/lib/data/users";
import { calqueGlossaryEntries } from "@/lib/glossary/calque-entries";

// The actions judge the caller by the session next-auth reads from the request; here it names whoever the test says.
const session = vi.hoisted(() => ({ userId: null as number | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId === null ? null : { user: { id: session.userId } }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// What is under test is the mining a save sets off; the flagger's re-check of the article is left out (it
// loads the dictionaries, which takes minutes on a busy machine) and answers no flags.
vi.mock("@/lib/services/review-flags", async (original) => ({
  ...(await original<typeof import("@/lib/services/review-flags")>()),
  reviewFlags: async () => ({ flags: {}, dismissals: [], checkedInMs: 0 }),
}));

/** A GET never writes: the lexicon comes with the migration, and suggestions with the save. */
describe("when the glossary's own entries and suggestions are written", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lapidar-seed-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the embedded database gets the calque lexicon when it is opened and migrated", { timeout: 180_000 }, async () => {
    process.env.DATABASE_URL = "";
    process.env.PGLITE_DIR = path.join(dir, "pglite");
    const opened = await openConfiguredDatabase();
    try {
      expect(await prismaForTests(opened.db).glossaryEntry.count({ where: { type: "calque" } })).toBe(calqueGlossaryEntries().length);
    } finally {
      await opened.close();
    }
  });

  describe("a reviewer's save", () => {
    let opened: OpenDatabase;
    let reviewer: number;
    beforeAll(async () => {
      process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
      opened = await openPglite();
      (globalThis as unknown as { __lapidarDb?: Promise<OpenDatabase> }).__lapidarDb = Promise.resolve(opened);
      reviewer = (await createUser(opened.db, { email: "ana@example.com", name: "Ana", passwordHash: "x", role: "reviewer" })).id;
    }, 180_000);
    afterAll(async () => {
      (globalThis as unknown as { __lapidarDb?: unknown }).__lapidarDb = undefined;
      await opened?.close();
    });

    it("mines the correction it makes into a glossary suggestion, with no page visited", { timeout: 240_000 }, async () => {
      const { saveParagraph } = await import("@/lib/actions/save-paragraph");
      const texts = ["A China Film Capital investiu.", "Na conferência da China Film Capital, falou-se de IA."];
      const article = await createArticle(opened.db, { title: "Correções", author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs: texts.map((text) => ({ kind: "body" as const, text })) }, reviewer);
      const { paragraphs } = (await getArticle(opened.db, article.id))!;
      session.userId = reviewer;
      expect(await listOpenSuggestions(opened.db)).toEqual([]);
      for (const p of paragraphs) {
        const saved = await saveParagraph({ paragraphId: p.id, baseVersion: 1, text: p.currentText.replace("China Film Capital", "Huaying Capital") });
        expect(saved.ok).toBe(true);
      }
      expect((await listOpenSuggestions(opened.db)).map((s) => [s.preferred, s.variants, s.evidence.count])).toEqual([["Huaying Capital", ["China Film Capital"], 2]]);
    });
  });
});
