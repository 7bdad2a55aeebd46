import { describe, expect, it } from "vitest";
import { createArticle, getArticle } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { dismissFlag, listArticleDismissals, restoreDismissedFlag } from "@/lib/data/dismissals";
import { getRevision, listRevisions, saveParagraphText } from "@/lib/data/paragraphs";
import { createUser } from "@/lib/data/users";
import { partitionFlags } from "@/lib/review/partition-flags";

/** Restores and dismissals, on every database Lapidar supports. */
export function reviewSuite(getDb: () => Db) {
  async function setup(db: Db) {
    const user = await createUser(db, { email: `r${Math.random()}@example.com`, name: "Rita", passwordHash: "x", role: "reviewer" });
    const { id } = await createArticle(
      db,
      {
        title: "Revisão",
        author: null,
        sourceName: null,
        sourceUrl: null,
        locale: "pt-PT",
        paragraphs: [{ kind: "body", text: "A HKUST Xunfei é uma necessidade justa." }],
      },
      user.id,
    );
    const paragraph = (await getArticle(db, id))!.paragraphs[0];
    return { user, articleId: id, paragraph };
  }

  describe("restoring a revision", () => {
    it("writes the old text as a new revision and keeps every earlier one", async () => {
      const db = getDb();
      const { user, paragraph } = await setup(db);
      await saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 1, text: "A iFlytek é uma necessidade justa.", userId: user.id });
      await saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 2, text: "A iFlytek é essencial.", userId: user.id });
      const first = (await listRevisions(db, paragraph.id)).find((r) => r.version === 1)!;
      const old = (await getRevision(db, first.id))!;

      const restored = await saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 3, text: old.text, userId: user.id, kind: "restore", note: "restored version 1" });
      expect(restored).toMatchObject({ ok: true, paragraph: { version: 4, currentText: paragraph.machineText } });
      const history = await listRevisions(db, paragraph.id);
      expect(history.map((r) => [r.version, r.kind])).toEqual([
        [4, "restore"],
        [3, "edit"],
        [2, "edit"],
        [1, "import"],
      ]);
      expect(history[0].note).toBe("restored version 1");
    });

    it("refuses a restore based on a stale version and changes nothing", async () => {
      const db = getDb();
      const { user, paragraph } = await setup(db);
      await saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 1, text: "Texto novo.", userId: user.id });
      const stale = await saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 1, text: paragraph.machineText, userId: user.id, kind: "restore" });
      expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { currentText: "Texto novo.", version: 2 } });
      expect(await listRevisions(db, paragraph.id)).toHaveLength(2);
    });
  });

  describe("dismissed flags", () => {
    const flag = (text: string, start: number) => ({ check: "calque", category: "Accuracy" as const, severity: "major" as const, start, end: start + text.length, text, messageId: "literal", args: {}, message: "", suggestions: [] });

    it("are keyed by check and text, survive edits elsewhere, keep the reason, and can be restored", async () => {
      const db = getDb();
      const { user, articleId, paragraph } = await setup(db);
      await dismissFlag(db, { paragraphId: paragraph.id, check: "calque", text: "necessidade justa", reason: "citação literal", userId: user.id });
      // Dismissing twice updates the record rather than adding a second one.
      await dismissFlag(db, { paragraphId: paragraph.id, check: "calque", text: "necessidade justa", reason: "citação literal do original", userId: user.id });
      const dismissals = await listArticleDismissals(db, articleId);
      expect(dismissals.map((d) => [d.check, d.text, d.reason, d.user?.name])).toEqual([["calque", "necessidade justa", "citação literal do original", "Rita"]]);

      // An edit elsewhere moves the span: the dismissal still applies, other flags stay open.
      await saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 1, text: "Segundo a análise, a iFlytek é uma necessidade justa.", userId: user.id });
      const moved = [flag("necessidade justa", 35), flag("iFlytek", 21)];
      const { open, dismissedCount } = partitionFlags([paragraph.id], [moved], dismissals);
      expect(open[paragraph.id].map((f) => f.text)).toEqual(["iFlytek"]);
      expect(dismissedCount[paragraph.id]).toBe(1);

      expect(await restoreDismissedFlag(db, dismissals[0].id)).toBe(true);
      expect(await restoreDismissedFlag(db, dismissals[0].id)).toBe(false);
      expect(await listArticleDismissals(db, articleId)).toEqual([]);
    });
  });
}
