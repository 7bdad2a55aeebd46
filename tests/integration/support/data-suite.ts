import { describe, expect, it } from "vitest";
import { createArticle, getArticle } from "@/lib/data/articles";
import { listArticles } from "@/lib/data/article-list";
import type { Db } from "@/lib/data/db";
import { readMigrations } from "@/lib/data/migrations";
import { approveParagraph, listRevisions, saveParagraphText, setParagraphKind } from "@/lib/data/paragraphs";
import { prismaForTests } from "@/lib/data/testing";
import { encodeRevisionNote } from "@/lib/domain/revision-note";
import {
  EmailTakenError,
  FirstRunClosedError,
  LastAdminError,
  countUsers,
  createFirstAdmin,
  createUser,
  getUser,
  listUsers,
  updateUserAccess,
} from "@/lib/data/users";

/** The same assertions on every database Lapidar supports. */
export function dataSuite(getDb: () => Db) {
  const article = {
    title: "Teste",
    author: "Ana",
    sourceName: "Fonte",
    sourceUrl: null,
    locale: "pt-PT" as const,
    paragraphs: [
      { kind: "heading" as const, text: "Título" },
      { kind: "body" as const, text: "O modelo grande é uma necessidade justa." },
      { kind: "boilerplate" as const, text: "Partilhar" },
    ],
  };

  describe("migrations", () => {
    it("records every migration file with its checksum", async () => {
      const rows = await prismaForTests(getDb()).$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(readMigrations().map((m) => [m.name, m.checksum]));
    });
  });

  describe("users", () => {
    it("creates the first administrator once, then refuses", async () => {
      const db = getDb();
      expect(await countUsers(db)).toBe(0);
      const results = await Promise.allSettled([
        createFirstAdmin(db, { email: " Admin@Example.com ", name: "Admin", passwordHash: "x" }),
        createFirstAdmin(db, { email: "rival@example.com", name: "Rival", passwordHash: "x" }),
      ]);
      // Two first visitors at once: exactly one becomes the administrator, whichever commits first.
      const won = results.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof createFirstAdmin>>> => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost.map((r) => r.reason)).toEqual([expect.any(FirstRunClosedError)]);
      expect(await countUsers(db)).toBe(1);
      const admin = won[0].value;
      expect(admin.role).toBe("admin");
      expect(["admin@example.com", "rival@example.com"]).toContain(admin.email);
      await expect(createFirstAdmin(db, { email: "b@example.com", name: "B", passwordHash: "x" })).rejects.toBeInstanceOf(FirstRunClosedError);
    });

    it("refuses a duplicate e-mail with a clear error", async () => {
      const db = getDb();
      await createUser(db, { email: "rev@example.com", name: "Rev", passwordHash: "x", role: "reviewer" });
      await expect(createUser(db, { email: "REV@example.com", name: "Rev 2", passwordHash: "x", role: "viewer" })).rejects.toBeInstanceOf(EmailTakenError);
    });

    it("never leaves the installation without an active administrator", async () => {
      const db = getDb();
      const admin = (await listUsers(db)).find((u) => u.role === "admin")!;
      await expect(updateUserAccess(db, admin.id, { disabled: true })).rejects.toBeInstanceOf(LastAdminError);
      expect((await getUser(db, admin.id))?.disabled).toBe(false);
    });

    it("leaves one administrator when two demote each other at the same moment", async () => {
      const db = getDb();
      const first = await createUser(db, { email: "first-admin@example.com", name: "First", passwordHash: "x", role: "admin" });
      const second = await createUser(db, { email: "second-admin@example.com", name: "Second", passwordHash: "x", role: "admin" });
      // These two are the only administrators left.
      for (const other of (await listUsers(db)).filter((u) => u.role === "admin" && u.id !== first.id && u.id !== second.id)) {
        await updateUserAccess(db, other.id, { role: "reviewer" });
      }
      const results = await Promise.allSettled([
        updateUserAccess(db, first.id, { role: "reviewer" }),
        updateUserAccess(db, second.id, { role: "viewer" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(LastAdminError)]);
      expect((await listUsers(db)).filter((u) => u.role === "admin" && !u.disabled)).toHaveLength(1);
    });
  });

  describe("articles and paragraphs", () => {
    it("imports an article with its paragraphs and first revisions", async () => {
      const db = getDb();
      const created = await createArticle(db, article, null);
      expect(created.counts).toEqual({ body: 1, heading: 1, metadata: 0, boilerplate: 1 });
      const stored = (await getArticle(db, created.id))!;
      expect(stored.locale).toBe("pt-PT");
      expect(stored.paragraphs.map((p) => [p.position, p.kind, p.machineText === p.currentText, p.version])).toEqual([
        [0, "heading", true, 1],
        [1, "body", true, 1],
        [2, "boilerplate", true, 1],
      ]);
      const revisions = await listRevisions(db, stored.paragraphs[1].id);
      expect(revisions.map((r) => [r.version, r.kind])).toEqual([[1, "import"]]);
      const listed = (await listArticles(db)).find((a) => a.id === created.id)!;
      expect(listed.paragraphCount).toBe(3);
      expect(listed.approvedPercent).toBe(0);
    });

    it("saves with the version check, keeps the machine text and refuses a stale save", async () => {
      const db = getDb();
      const [user] = await listUsers(db);
      const { id } = await createArticle(db, article, user.id);
      const paragraph = (await getArticle(db, id))!.paragraphs[1];

      const first = await saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 1, text: "O grande modelo é essencial.", userId: user.id });
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      expect(first.paragraph.version).toBe(2);
      expect(first.paragraph.status).toBe("edited");
      expect(first.paragraph.machineText).toBe(article.paragraphs[1].text);

      const stale = await saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 1, text: "Outra versão.", userId: user.id });
      expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { currentText: "O grande modelo é essencial.", version: 2 } });

      const revisions = await listRevisions(db, paragraph.id);
      expect(revisions.map((r) => [r.version, r.kind, r.text])).toEqual([
        [2, "edit", "O grande modelo é essencial."],
        [1, "import", article.paragraphs[1].text],
      ]);
    });

    it("lets exactly one of many concurrent saves on one version win, and records it", async () => {
      const db = getDb();
      const [user] = await listUsers(db);
      const { id } = await createArticle(db, article, user.id);
      const paragraph = (await getArticle(db, id))!.paragraphs[1];
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 1, text: `Versão ${i}`, userId: user.id }),
        ),
      );
      const winners = results.filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(7);
      const revisions = await listRevisions(db, paragraph.id);
      expect(revisions).toHaveLength(2);
      expect(revisions[0].text).toBe(winners[0].ok ? winners[0].paragraph.currentText : "");
    });

    it("approves a given version only, and a later edit clears the approval", async () => {
      const db = getDb();
      const [user] = await listUsers(db);
      const { id } = await createArticle(db, article, user.id);
      const paragraph = (await getArticle(db, id))!.paragraphs[1];
      expect(await approveParagraph(db, paragraph.id, 5, user.id)).toMatchObject({ ok: false, reason: "conflict" });
      const approved = await approveParagraph(db, paragraph.id, 1, user.id);
      expect(approved).toMatchObject({ ok: true, paragraph: { status: "approved", approvedBy: { name: user.name } } });
      const saved = await saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 1, text: "Novo texto.", userId: user.id });
      expect(saved).toMatchObject({ ok: true, paragraph: { status: "edited", approvedAt: null } });
      const kind = await setParagraphKind(db, { paragraphId: paragraph.id, baseVersion: 2, kind: "boilerplate", userId: user.id });
      expect(kind).toMatchObject({ ok: true, changed: true, paragraph: { kind: "boilerplate", version: 3 } });
    });

    it("refuses a kind change based on an older version, and keeps each change as a revision", async () => {
      const db = getDb();
      const user = await createUser(db, { email: "kind@example.com", name: "Kim", passwordHash: "x", role: "reviewer" });
      const created = await createArticle(db, { ...article, title: "Tipos" }, user.id);
      const paragraph = (await getArticle(db, created.id))!.paragraphs.find((p) => p.kind === "body")!;
      const changed = await setParagraphKind(db, { paragraphId: paragraph.id, baseVersion: 1, kind: "heading", userId: user.id });
      expect(changed).toMatchObject({ ok: true, paragraph: { kind: "heading", version: 2, currentText: paragraph.currentText } });
      const stale = await setParagraphKind(db, { paragraphId: paragraph.id, baseVersion: 1, kind: "metadata", userId: user.id });
      expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { kind: "heading", version: 2 } });
      const [latest] = await listRevisions(db, paragraph.id);
      expect(latest).toMatchObject({ version: 2, kind: "kind_change", text: paragraph.currentText, note: encodeRevisionNote({ key: "kindChange", values: { from: "body", to: "heading" } }), author: { name: "Kim" } });
      // A save started before the kind change is refused too: the editor has not seen it.
      expect(await saveParagraphText(db, { paragraphId: paragraph.id, baseVersion: 1, text: "Outro.", userId: user.id })).toMatchObject({ ok: false, reason: "conflict" });
    });
  });
}
