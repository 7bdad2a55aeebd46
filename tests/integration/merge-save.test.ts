import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, getArticle } from "@/lib/data/articles";
import { openPglite, type Db, type OpenDatabase } from "@/lib/data/db";
import { listRevisions, saveParagraphText } from "@/lib/data/paragraphs";
import { createUser } from "@/lib/data/users";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

const TEXT = "A Jiazi Guangnian publicou o relatório. As ações subiram dez por cento em Xangai.";

function mergeSuite(getDb: () => Db) {
  let rui: number;
  let rita: number;
  beforeAll(async () => {
    rui = (await createUser(getDb(), { email: "rui@example.com", name: "Rui", passwordHash: "x", role: "reviewer" })).id;
    rita = (await createUser(getDb(), { email: "rita@example.com", name: "Rita", passwordHash: "x", role: "reviewer" })).id;
  });

  async function paragraph() {
    const { id } = await createArticle(getDb(), { title: "T", author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs: [{ kind: "body", text: TEXT }] }, rui);
    return (await getArticle(getDb(), id))!.paragraphs[0];
  }

  it("merges a save based on an older version with the newer text when the edits do not overlap, as a merge revision", async () => {
    const db = getDb();
    const p = await paragraph();
    await saveParagraphText(db, { paragraphId: p.id, baseVersion: 1, text: TEXT.replace("dez por cento", "10 %"), userId: rita, merge: true });
    const result = await saveParagraphText(db, { paragraphId: p.id, baseVersion: 1, text: TEXT.replace("Jiazi Guangnian", "Jiazi Light Year"), userId: rui, merge: true });
    expect(result).toMatchObject({ ok: true, changed: true, merged: { baseVersion: 1, withVersion: 2, withAuthor: "Rita" } });
    const expected = "A Jiazi Light Year publicou o relatório. As ações subiram 10 % em Xangai.";
    expect(result.ok && result.paragraph).toMatchObject({ currentText: expected, version: 3 });
    const [merge] = await listRevisions(db, p.id);
    expect(merge).toMatchObject({ version: 3, kind: "merge", text: expected, note: encodeRevisionNote({ key: "merged", values: { base: 1, with: 2, author: "Rita" } }), author: { name: "Rui" } });
  });

  it("refuses overlapping edits with the spans to settle, and changes nothing", async () => {
    const db = getDb();
    const p = await paragraph();
    await saveParagraphText(db, { paragraphId: p.id, baseVersion: 1, text: TEXT.replace("Jiazi Guangnian", "JiaZi Guangnian"), userId: rita, merge: true });
    const result = await saveParagraphText(db, { paragraphId: p.id, baseVersion: 1, text: TEXT.replace("Jiazi Guangnian", "Jiazi Light Year"), userId: rui, merge: true });
    expect(result).toMatchObject({ ok: false, reason: "conflict", current: { version: 2 }, merge: { baseVersion: 1 } });
    const conflicts = !result.ok && result.reason === "conflict" ? result.merge!.parts.filter((part) => part.kind === "conflict") : [];
    expect(conflicts).toEqual([{ kind: "conflict", base: "Jiazi Guangnian ", mine: "Jiazi Light Year ", theirs: "JiaZi Guangnian " }]);
    expect(await listRevisions(db, p.id)).toHaveLength(2);
  });

  it("does not merge computed texts (suggestions, restores): a stale one is refused as before", async () => {
    const db = getDb();
    const p = await paragraph();
    await saveParagraphText(db, { paragraphId: p.id, baseVersion: 1, text: TEXT.replace("dez por cento", "10 %"), userId: rita });
    const stale = await saveParagraphText(db, { paragraphId: p.id, baseVersion: 1, text: TEXT.replace("Xangai", "Shanghai"), userId: rui, kind: "suggestion" });
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });
    expect(!stale.ok && stale.reason === "conflict" && stale.merge).toBe(undefined);
  });
}

describe("merging concurrent saves on PGlite", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openPglite();
  });
  afterAll(async () => {
    await opened?.close();
  });
  mergeSuite(() => opened.db);
});

describe.runIf(serverUrl)("merging concurrent saves on a PostgreSQL server (DATABASE_URL)", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openThrowawayDatabase(serverUrl!);
  });
  afterAll(async () => {
    await opened?.close();
  });
  mergeSuite(() => opened.db);
});
