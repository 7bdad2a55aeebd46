import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addDictionaryWord } from "@/lib/actions/add-dictionary-word";
import { dictionaryWordHistory } from "@/lib/actions/dictionary-word-history";
import { editDictionaryWord } from "@/lib/actions/edit-dictionary-word";
import { ignoreWordInArticle } from "@/lib/actions/ignore-word-in-article";
import { removeDictionaryWord } from "@/lib/actions/remove-dictionary-word";
import { recheckArticle } from "@/lib/actions/recheck-article";
import { stopIgnoringWord } from "@/lib/actions/stop-ignoring-word";
import { createArticle } from "@/lib/data/articles";
import { openPglite, type Db, type OpenDatabase } from "@/lib/data/db";
import { prismaForTests } from "@/lib/data/testing";
import { createUser } from "@/lib/data/users";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";
import { MISSPELT } from "./support/spelling-words-suite";
import { refusal } from "@/tests/support/refusal";

// The actions judge the caller by the session next-auth reads from the request; here it names whoever the test says.
const session = vi.hoisted(() => ({ userId: null as number | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId === null ? null : { user: { id: session.userId } }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const READ_ONLY = refusal("readOnlyAccount");

function actionsSuite(open: () => Promise<OpenDatabase>) {
  let opened: OpenDatabase;
  let db: Db;
  const ids = { viewer: 0, reviewer: 0, admin: 0, article: 0 };
  const as = (who: keyof typeof ids | null) => {
    session.userId = who === null ? null : ids[who];
  };
  const spelling = (flags: Record<number, { check: string; text: string }[]>) => Object.values(flags).map((list) => list.filter((f) => f.check === "spelling").map((f) => f.text));
  const stored = async () => ({ ignored: await prismaForTests(db).ignoredWord.count(), words: await prismaForTests(db).dictionaryWord.count(), history: await prismaForTests(db).dictionaryRevision.count() });

  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
    opened = await open();
    db = opened.db;
    (globalThis as unknown as { __lapidarDb?: Promise<OpenDatabase> }).__lapidarDb = Promise.resolve(opened);
    for (const role of ["viewer", "reviewer", "admin"] as const) {
      ids[role] = (await createUser(db, { email: `${role}@example.com`, name: role, passwordHash: "x", role })).id;
    }
    const paragraphs = MISSPELT.map((text) => ({ kind: "body" as const, text }));
    ids.article = (await createArticle(db, { title: "Ações", author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs }, ids.reviewer)).id;
    // The flagger's thread loads three dictionaries and the lexicons once: under the hook's timeout, not the first test's.
    await recheckArticle(db, ids.article);
  });
  afterAll(async () => {
    (globalThis as unknown as { __lapidarDb?: unknown }).__lapidarDb = undefined;
    await opened?.close();
  });

  it("refuses viewers and anonymous callers every change, and writes nothing", async () => {
    as("reviewer");
    const word = await addDictionaryWord({ word: "blockchain", locale: "both" });
    const ignored = await ignoreWordInArticle({ articleId: ids.article, word: "previlégio" });
    if (!word.ok || !ignored.ok) throw new Error("the reviewer's setup was refused");
    const ignoredId = ignored.data.ignoredWords[0].id;
    const before = await stored();
    for (const [who, error] of [["viewer", READ_ONLY], [null, refusal("notSignedIn")]] as const) {
      as(who);
      const answers = await Promise.all([
        ignoreWordInArticle({ articleId: ids.article, word: "desenbarque" }),
        stopIgnoringWord({ id: ignoredId }),
        addDictionaryWord({ word: "desenbarque", locale: "both", articleId: ids.article }),
        editDictionaryWord({ id: word.data.word.id, word: "blockchains", locale: "pt-PT" }),
        removeDictionaryWord({ id: word.data.word.id }),
      ]);
      expect(answers).toEqual(answers.map(() => ({ ok: false, error })));
    }
    expect(await stored()).toEqual(before);
    as("viewer");
    expect(await dictionaryWordHistory({ id: word.data.word.id })).toMatchObject({ ok: true, data: [{ action: "added", word: "blockchain", user: "reviewer" }] });
    as("reviewer");
    await stopIgnoringWord({ id: ignoredId });
    await removeDictionaryWord({ id: word.data.word.id });
  });

  it("lets a reviewer ignore a word in the article: the answer drops it in every paragraph, and stop ignoring brings it back", async () => {
    as("reviewer");
    const ignored = await ignoreWordInArticle({ articleId: ids.article, word: "Desenbarque" });
    if (!ignored.ok) throw new Error(ignored.error);
    expect(spelling(ignored.data.flags)).toEqual([[], ["previlégio"], []]);
    expect(ignored.data.ignoredWords.map((w) => [w.word, w.user?.name])).toEqual([["desenbarque", "reviewer"]]);
    const stopped = await stopIgnoringWord({ id: ignored.data.ignoredWords[0].id });
    expect(stopped.ok && spelling(stopped.data.flags)).toEqual([["desenbarque"], ["desenbarque", "previlégio"], ["desenbarque"]]);
    expect(await stopIgnoringWord({ id: ignored.data.ignoredWords[0].id })).toEqual({ ok: false, error: refusal("wordNoLongerIgnored") });
    expect(await ignoreWordInArticle({ articleId: 2_000_000_000, word: "desenbarque" })).toEqual({ ok: false, error: refusal("articleGone") });
  });

  it("lets a reviewer or an administrator manage the dictionary; from an article the answer carries its re-checked flags", async () => {
    as("admin");
    const added = await addDictionaryWord({ word: "previlégio", locale: "pt-PT", note: " citação ", articleId: ids.article });
    if (!added.ok) throw new Error(added.error);
    expect(added.data.word).toMatchObject({ word: "previlégio", locale: "pt-PT", note: "citação", updatedBy: "admin" });
    expect(spelling(added.data.review!.flags)).toEqual([["desenbarque"], ["desenbarque"], ["desenbarque"]]);
    expect(await addDictionaryWord({ word: "PREVILÉGIO", locale: "both" })).toEqual({ ok: false, error: refusal("dictionaryWordExists", { word: "previlégio" }) });

    as("reviewer");
    const edited = await editDictionaryWord({ id: added.data.word.id, word: "previlégio", locale: "pt-BR", note: null });
    expect(edited).toMatchObject({ ok: true, data: { word: { locale: "pt-BR", note: null, updatedBy: "reviewer" } } });
    expect(await removeDictionaryWord({ id: added.data.word.id })).toMatchObject({ ok: true, data: { word: { word: "previlégio" } } });
    expect(await removeDictionaryWord({ id: added.data.word.id })).toEqual({ ok: false, error: refusal("dictionaryWordGone") });
    const history = await dictionaryWordHistory({ id: added.data.word.id });
    // Removed: its history now hangs on no word (the page lists it among the removed ones).
    expect(history).toEqual({ ok: true, data: [] });
  });

  it("answers a word that is not one with a message a reviewer can act on", async () => {
    as("reviewer");
    expect(await addDictionaryWord({ word: "duas palavras", locale: "both" })).toEqual({
      ok: false,
      error: refusal("wordCharacters"),
    });
    expect(await ignoreWordInArticle({ articleId: ids.article, word: "x".repeat(61) })).toEqual({ ok: false, error: refusal("wordTooLong", { max: 60 }) });
    expect(await addDictionaryWord({ word: "-cripto", locale: "both" })).toEqual({ ok: false, error: refusal("wordShape") });
    expect(await addDictionaryWord({ word: "cripto", locale: "pt-AO" as "both" })).toEqual({ ok: false, error: refusal("dictionaryLocaleUnknown") });
  });
}

describe("spelling-word actions on PGlite", () => {
  actionsSuite(() => openPglite());
});

describe.runIf(serverUrl)("spelling-word actions on a PostgreSQL server (DATABASE_URL)", () => {
  actionsSuite(() => openThrowawayDatabase(serverUrl!));
});
