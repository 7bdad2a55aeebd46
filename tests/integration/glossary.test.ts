import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, getArticle } from "@/lib/data/articles";
import { applyBulkChange, listBulkChanges, previewBulkChange, undoBulkChange, BulkChangeUndoError } from "@/lib/data/bulk-changes";
import { openPglite, type Db, type OpenDatabase } from "@/lib/data/db";
import {
  GlossaryEntryExistsError,
  createGlossaryEntry,
  deleteGlossaryEntry,
  getGlossaryEntry,
  glossaryTermsFor,
  importGlossaryEntries,
  listGlossaryEntries,
  listGlossaryHistory,
  updateGlossaryEntry,
} from "@/lib/data/glossary";
import { seedCalqueEntries } from "@/lib/data/glossary-seed";
import {
  acceptSuggestion,
  listOpenSuggestions,
  refreshCorrectionSuggestions,
  refreshSpellingSuggestions,
  rejectSuggestion,
} from "@/lib/data/glossary-suggestions";
import { getParagraph, listRevisions, saveParagraphText } from "@/lib/data/paragraphs";
import { prismaForTests } from "@/lib/data/testing";
import { createUser } from "@/lib/data/users";
import { calqueGlossaryEntries } from "@/lib/glossary/calque-entries";
import type { GlossaryEntryData } from "@/lib/glossary/types";
import { readSharedFixture } from "../shared-fixtures";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

const entry = (preferred: string, variants: string[], extra: Partial<GlossaryEntryData> = {}): GlossaryEntryData => ({
  preferred,
  variants,
  sourceTerm: null,
  type: "entity",
  caseSensitive: false,
  locale: "both",
  note: null,
  ...extra,
});

function glossarySuite(getDb: () => Db) {
  let userId: number;
  beforeAll(async () => {
    userId = (await createUser(getDb(), { email: "gl@example.com", name: "Gil", passwordHash: "x", role: "reviewer" })).id;
  });

  async function article(title: string, texts: string[]) {
    const { id } = await createArticle(getDb(), { title, author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs: texts.map((text) => ({ kind: "body" as const, text })) }, userId);
    return { id, paragraphs: (await getArticle(getDb(), id))!.paragraphs };
  }

  describe("entries", () => {
    it("keeps a history of every change, also after deletion, and refuses a duplicate", async () => {
      const db = getDb();
      const created = await createGlossaryEntry(db, entry("iFlytek", ["HKUST Xunfei"], { sourceTerm: "科大讯飞" }), userId);
      await expect(createGlossaryEntry(db, entry("iFlytek", []), userId)).rejects.toBeInstanceOf(GlossaryEntryExistsError);
      await updateGlossaryEntry(db, created.id, entry("iFlytek", ["HKUST Xunfei", "Keda Xunfei"], { sourceTerm: "科大讯飞" }), userId);
      expect((await listGlossaryEntries(db, { search: "keda" })).map((e) => e.preferred)).toEqual(["iFlytek"]);
      expect((await glossaryTermsFor(db, "pt-BR")).find((t) => t.preferred === "iFlytek")?.variants).toEqual(["HKUST Xunfei", "Keda Xunfei"]);
      const temp = await createGlossaryEntry(db, entry("Temporária", ["Provisória"], { type: "term" }), userId);
      await deleteGlossaryEntry(db, temp.id, userId);
      const history = await prismaForTests(db).glossaryEntryRevision.findMany({ where: { snapshot: { path: ["preferred"], equals: "Temporária" } }, orderBy: { id: "asc" } });
      expect(history.map((h) => h.action)).toEqual(["create", "delete"]);
      expect((await listGlossaryHistory(db, created.id)).map((h) => h.action)).toEqual(["update", "create"]);
    });

    it("imports all entries in one transaction, merging variants into an existing entry", async () => {
      const db = getDb();
      const counts = await importGlossaryEntries(db, [entry("iFlytek", ["Xunfei"], { sourceTerm: "科大讯飞" }), entry("alucinação", ["ilusão"], { type: "term" })], userId);
      expect(counts).toEqual({ created: 1, updated: 1, unchanged: 0 });
      expect((await glossaryTermsFor(db, "pt-PT")).find((t) => t.preferred === "iFlytek")?.variants).toEqual(["HKUST Xunfei", "Keda Xunfei", "Xunfei"]);
      const before = await prismaForTests(db).glossaryEntry.count();
      const duplicate = entry("Nova", ["Velha"]);
      // The second row collides with the first inside the transaction; nothing of the batch stays.
      await expect(importGlossaryEntries(db, [entry("Outra", ["Antiga"]), duplicate, { ...duplicate, type: "bogus" as "entity" }], userId)).rejects.toThrow();
      expect(await prismaForTests(db).glossaryEntry.count()).toBe(before);
    });

    it("seeds the calque lexicon once, and never brings back an entry that was deleted", async () => {
      const db = getDb();
      const expected = calqueGlossaryEntries().length;
      // Opening a server database with migrations seeds it already; the embedded one is seeded here.
      await seedCalqueEntries(db);
      expect(await prismaForTests(db).glossaryEntry.count({ where: { type: "calque" } })).toBe(expected);
      expect(await seedCalqueEntries(db)).toBe(0);
      const one = (await listGlossaryEntries(db, { type: "calque" }))[0];
      await deleteGlossaryEntry(db, one.id, userId);
      expect(await seedCalqueEntries(db)).toBe(0);
      expect(await prismaForTests(db).glossaryEntry.count({ where: { type: "calque" } })).toBe(expected - 1);
    });

    it("brings a seeded entry nobody changed up to date with the lexicon, and leaves an edited one as its editor made it", async () => {
      const db = getDb();
      const old = [0, 1].map((i) => entry(`forma atualizada ${i}`, [`forma antiga ${i}`], { type: "calque", note: "an English note from an earlier lexicon" }));
      await seedCalqueEntries(db, old);
      const seeded = await listGlossaryEntries(db, { type: "calque" });
      const [untouched, edited] = old.map((e) => seeded.find((r) => r.preferred === e.preferred)!);
      await updateGlossaryEntry(db, edited.id, { ...old[1], note: "a nota de quem a editou" }, userId);
      const shipped = old.map((e) => ({ ...e, note: "uma nota em português" }));
      expect(await seedCalqueEntries(db, shipped)).toBe(0);
      const after = await listGlossaryEntries(db, { type: "calque" });
      expect(after.find((r) => r.id === untouched.id)!.note).toBe("uma nota em português");
      expect(after.find((r) => r.id === edited.id)!.note).toBe("a nota de quem a editou");
      const history = await prismaForTests(db).glossaryEntryRevision.findMany({ where: { entryId: untouched.id }, orderBy: { id: "asc" } });
      expect(history.map((r) => [r.action, r.userId])).toEqual([["create", null], ["update", null]]);
      // Two app servers opening the database at once (here with the earlier lexicon again) write the refresh, and its history, once.
      await Promise.all([seedCalqueEntries(db, old), seedCalqueEntries(db, old)]);
      expect(await prismaForTests(db).glossaryEntryRevision.count({ where: { entryId: untouched.id } })).toBe(3);
    });

    it("seeds once when two app servers seed at the same moment: no unique-key error, one history entry each", async () => {
      const db = getDb();
      const lexicon = Array.from({ length: 40 }, (_, i) => entry(`forma preferida ${i}`, [`forma decalcada ${i}`], { type: "calque" }));
      const [a, b] = await Promise.all([seedCalqueEntries(db, lexicon), seedCalqueEntries(db, lexicon)]);
      expect(a + b).toBe(40);
      expect(await prismaForTests(db).glossaryEntry.count({ where: { preferred: { startsWith: "forma preferida " } } })).toBe(40);
      expect(await prismaForTests(db).glossaryEntryRevision.count({ where: { snapshot: { path: ["preferred"], string_starts_with: "forma preferida " } } })).toBe(40);
    });
  });

  describe("apply to all", () => {
    it("applies the checked occurrences with bulk revisions, skips a paragraph edited since the preview, and undoes in one step", async () => {
      const db = getDb();
      const a = await article("Artigo A", [
        "As ações da HKUST Xunfei subiram.",
        "A HKUST Xunfei e a hkust xunfei são a mesma empresa.",
        "Outra frase sobre HKUST Xunfei.",
        "Sem a empresa.",
      ]);
      const b = await article("Artigo B", ["A HKUST Xunfei lançou um modelo."]);
      const term = entry("iFlytek", ["HKUST Xunfei"]);
      const inArticle = await previewBulkChange(db, term, { articleId: a.id });
      expect(inArticle.occurrences.map((o) => [o.position, o.text])).toEqual([[0, "HKUST Xunfei"], [1, "HKUST Xunfei"], [1, "hkust xunfei"], [2, "HKUST Xunfei"]]);
      expect(inArticle.occurrences[0]).toMatchObject({ replacement: "iFlytek", before: "As ações da ", after: " subiram." });
      const everywhere = await previewBulkChange(db, term, {});
      expect(everywhere.occurrences.filter((o) => o.articleId === b.id)).toHaveLength(1);
      expect(everywhere.articles[b.id]).toBe("Artigo B");

      // Someone edits paragraph 2 after the preview: its occurrence must not be applied.
      const p2 = a.paragraphs[2];
      await saveParagraphText(db, { paragraphId: p2.id, baseVersion: p2.version, text: "Outra frase, reescrita, sobre HKUST Xunfei.", userId });
      const checked = inArticle.occurrences.filter((o) => o.text !== "hkust xunfei");
      const applied = await applyBulkChange(db, { term, occurrences: checked, userId });
      expect(applied).toMatchObject({ paragraphs: 2, replacements: 2 });
      expect(applied.skipped).toEqual([{ paragraphId: p2.id, articleId: a.id, position: 2, reason: "edited since the preview" }]);
      const texts = async () => (await getArticle(db, a.id))!.paragraphs.map((p) => p.currentText);
      expect(await texts()).toEqual([
        "As ações da iFlytek subiram.",
        "A iFlytek e a hkust xunfei são a mesma empresa.",
        "Outra frase, reescrita, sobre HKUST Xunfei.",
        "Sem a empresa.",
      ]);
      const revisions = await listRevisions(db, a.paragraphs[0].id);
      expect(revisions[0]).toMatchObject({ kind: "bulk", version: 2 });
      expect((await listBulkChanges(db)).find((c) => c.id === applied.bulkChangeId)?.paragraphs).toBe(2);

      // Paragraph 1 is edited after the bulk change: the undo keeps that edit and restores paragraph 0 only.
      const p1 = (await getParagraph(db, a.paragraphs[1].id))!;
      await saveParagraphText(db, { paragraphId: p1.id, baseVersion: p1.version, text: "A iFlytek é uma empresa.", userId });
      const undone = await undoBulkChange(db, applied.bulkChangeId!, userId);
      expect(undone.restored).toBe(1);
      expect(undone.skipped.map((s) => s.position)).toEqual([1]);
      expect((await texts()).slice(0, 2)).toEqual(["As ações da HKUST Xunfei subiram.", "A iFlytek é uma empresa."]);
      const history = await listRevisions(db, a.paragraphs[0].id);
      expect(history.map((r) => r.kind)).toEqual(["restore", "bulk", "import"]);
      await expect(undoBulkChange(db, applied.bulkChangeId!, userId)).rejects.toBeInstanceOf(BulkChangeUndoError);
    });

    it("puts in the replacement the server computes, never one the client sends, and refuses a result no editor could save", async () => {
      const db = getDb();
      const a = await article("Artigo C", ["As ações da HKUST Xunfei subiram.", `${"Xunfei ".repeat(600)}fim.`, "Sem variante aqui."]);
      const term = entry("iFlytek", ["HKUST Xunfei"]);
      const [occurrence] = (await previewBulkChange(db, term, { articleId: a.id })).occurrences;
      // What an old or hostile client sent: its own replacement text, with a control character.
      const tampered = { ...occurrence, replacement: "\u0000<script>" } as unknown as typeof occurrence;
      const invented = { paragraphId: a.paragraphs[2].id, version: 1, start: 0, end: 3 };
      const applied = await applyBulkChange(db, { term, occurrences: [tampered, invented], userId });
      expect(applied).toMatchObject({ paragraphs: 1, replacements: 1 });
      expect(applied.skipped).toEqual([{ paragraphId: a.paragraphs[2].id, articleId: a.id, position: 2, reason: "edited since the preview" }]);
      const [first, , third] = (await getArticle(db, a.id))!.paragraphs;
      expect(first.currentText).toBe("As ações da iFlytek subiram.");
      expect(third.currentText).toBe("Sem variante aqui.");
      expect((await listBulkChanges(db)).find((c) => c.id === applied.bulkChangeId)?.description).toBe(encodeRevisionNote({ key: "glossary", values: { variants: "HKUST Xunfei", preferred: "iFlytek" } }));

      // 600 short variants each replaced by a 200-character form: past the paragraph limit, so refused whole.
      const long = entry("L".repeat(200), ["Xunfei"]);
      const many = (await previewBulkChange(db, long, { articleId: a.id })).occurrences;
      expect(many).toHaveLength(600);
      const refused = await applyBulkChange(db, { term: long, occurrences: many, userId });
      expect(refused).toMatchObject({ paragraphs: 0, bulkChangeId: null });
      expect(refused.skipped).toEqual([{ paragraphId: a.paragraphs[1].id, articleId: a.id, position: 1, reason: "the result would be refused", detail: expect.stringContaining("at most 100,000 characters") }]);
      expect((await getParagraph(db, a.paragraphs[1].id))?.version).toBe(1);
    });
  });

  describe("suggestions", () => {
    it("offers a corrected name as an entry; a rejected suggestion does not come back; an accepted one becomes an entry", async () => {
      const db = getDb();
      const a = await article("Artigo C", ["A China Film Capital investiu.", "Na conferência da China Film Capital, falou-se de IA.", "O Sr. Zhang Gaonan falou."]);
      for (const p of a.paragraphs.slice(0, 2)) {
        await saveParagraphText(db, { paragraphId: p.id, baseVersion: p.version, text: p.currentText.replace("China Film Capital", "Huaying Capital"), userId });
      }
      const p2 = a.paragraphs[2];
      await saveParagraphText(db, { paragraphId: p2.id, baseVersion: p2.version, text: "O Sr. Zhang Gao Nan falou.", userId });
      await refreshCorrectionSuggestions(db);
      const open = await listOpenSuggestions(db);
      const huaying = open.find((s) => s.preferred === "Huaying Capital")!;
      expect(huaying).toMatchObject({ variants: ["China Film Capital"], type: "entity", origin: "corrections" });
      expect(huaying.evidence.count).toBe(2);
      expect(huaying.evidence.paragraphs.map((p) => p.position)).toEqual([0, 1]);
      const zhang = open.find((s) => s.preferred === "Zhang Gao Nan")!;
      await rejectSuggestion(db, zhang.id, userId);
      await refreshCorrectionSuggestions(db);
      expect((await listOpenSuggestions(db)).some((s) => s.preferred === "Zhang Gao Nan")).toBe(false);

      const { entryId } = await acceptSuggestion(db, huaying.id, entry("Huaying Capital", ["China Film Capital"], { sourceTerm: "华映资本" }), userId);
      expect((await getGlossaryEntry(db, entryId))?.variants).toEqual(["China Film Capital"]);
      await refreshCorrectionSuggestions(db);
      expect((await listOpenSuggestions(db)).some((s) => s.preferred === "Huaying Capital")).toBe(false);
    });

    it("never offers a suggestion the glossary contradicts, even one mined before the entry was made", async () => {
      const db = getDb();
      await createGlossaryEntry(db, entry("Kunlun Tech", ["Kunlun Wanwei"]), userId);
      await createGlossaryEntry(db, entry("SenseTime", ["Shang Tang"]), userId);
      const a = await article("Artigo D", ["A Kunlun Tech cresceu.", "A Shang Tang respondeu.", "O Wen Xin Yi Yan chegou."]);
      const fixes = ["A Kunlun Wanwei cresceu.", "A Shangtang respondeu.", "O Ernie Bot chegou."];
      for (const [i, p] of a.paragraphs.entries()) await saveParagraphText(db, { paragraphId: p.id, baseVersion: p.version, text: fixes[i], userId });
      await refreshCorrectionSuggestions(db);
      let open = await listOpenSuggestions(db);
      // The glossary calls "Kunlun Wanwei" a wrong form, and sends "Shang Tang" to SenseTime.
      expect(open.some((s) => s.preferred === "Kunlun Wanwei" || s.variants.includes("Kunlun Tech"))).toBe(false);
      expect(open.some((s) => s.preferred === "Shangtang")).toBe(false);
      expect(open.find((s) => s.preferred === "Ernie Bot")?.variants).toEqual(["Wen Xin Yi Yan"]);
      await createGlossaryEntry(db, entry("Wenxin Yiyan", ["Wen Xin Yi Yan"]), userId);
      open = await listOpenSuggestions(db);
      expect(open.some((s) => s.preferred === "Ernie Bot")).toBe(false);
    });

    it("turns the seed article's spellings of one company into one suggestion with a variant", async () => {
      const db = getDb();
      const texts = readSharedFixture("seed-article.txt").split(/\n\s*\n/).map((t) => t.trim()).filter(Boolean);
      const a = await article("Semente", texts);
      await refreshSpellingSuggestions(db, { articleId: a.id });
      const open = await listOpenSuggestions(db);
      expect(open.find((s) => s.preferred === "Light Years Away")).toMatchObject({ variants: ["Light Years Beyond"], origin: "spellings" });
      expect(open.find((s) => s.preferred === "Jiazi Guangnian")?.variants).toEqual(["Jiazi Light Year"]);
    });
  });
}

describe("glossary on PGlite", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openPglite();
  });
  afterAll(async () => {
    await opened?.close();
  });
  glossarySuite(() => opened.db);
});

describe.runIf(serverUrl)("glossary on a PostgreSQL server (DATABASE_URL)", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openThrowawayDatabase(serverUrl!);
  });
  afterAll(async () => {
    await opened?.close();
  });
  glossarySuite(() => opened.db);
});
