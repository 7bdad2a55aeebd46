import { describe, expect, it } from "vitest";
import { createArticle, getArticle, getArticleMachineTexts } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import {
  DictionaryWordExistsError,
  DictionaryWordNotFoundError,
  createDictionaryWord,
  deleteDictionaryWord,
  dictionaryWordsFor,
  listDictionaryHistory,
  listDictionaryWords,
  listRemovedDictionaryWords,
  updateDictionaryWord,
} from "@/lib/data/dictionary";
import { addIgnoredWord, deleteIgnoredWord, listIgnoredWords } from "@/lib/data/ignored-words";
import { createUser } from "@/lib/data/users";
import { machineFlagCount, reviewFlags } from "@/lib/services/review-flags";
import type { Locale } from "@/lib/domain";

export const MISSPELT = ["O desenbarque foi rápido.", "Depois do desenbarque, a equipa saiu com um previlégio.", "O último desenbarque correu bem."];

/** Words ignored per article and the installation dictionary, on every database Lapidar supports. */
export function spellingWordsSuite(getDb: () => Db) {
  let people = 0;
  async function person(db: Db, name: string) {
    return createUser(db, { email: `${name.toLowerCase()}${++people}@example.com`, name, passwordHash: "x", role: "reviewer" });
  }
  async function article(db: Db, userId: number, locale: Locale = "pt-PT") {
    const paragraphs = MISSPELT.map((text) => ({ kind: "body" as const, text }));
    return (await createArticle(db, { title: "Ortografia", author: null, sourceName: null, sourceUrl: null, locale, paragraphs }, userId)).id;
  }
  const spellingFlags = (flags: Record<number, { check: string; text: string }[]>) =>
    Object.values(flags).map((list) => list.filter((f) => f.check === "spelling").map((f) => f.text));

  describe("words ignored in an article", () => {
    it("are kept once per word with who ignored it first, listed in order, and can be stopped", async () => {
      const db = getDb();
      const [rita, rui] = [await person(db, "Rita"), await person(db, "Rui")];
      const articleId = await article(db, rita.id);
      await addIgnoredWord(db, { articleId, word: "previlégio", userId: rita.id });
      await addIgnoredWord(db, { articleId, word: "desenbarque", userId: rui.id });
      await addIgnoredWord(db, { articleId, word: "desenbarque", userId: rita.id });
      const ignored = await listIgnoredWords(db, articleId);
      expect(ignored.map((w) => [w.word, w.user?.name])).toEqual([
        ["desenbarque", "Rui"],
        ["previlégio", "Rita"],
      ]);
      expect(await listIgnoredWords(db, await article(db, rita.id))).toEqual([]);

      expect(await deleteIgnoredWord(db, ignored[0].id)).toBe(articleId);
      expect(await deleteIgnoredWord(db, ignored[0].id)).toBeNull();
      expect((await listIgnoredWords(db, articleId)).map((w) => w.word)).toEqual(["previlégio"]);
    });

    it("cannot be added to an article that does not exist", async () => {
      const db = getDb();
      const rita = await person(db, "Rita");
      expect(await addIgnoredWord(db, { articleId: 2_000_000_000, word: "desenbarque", userId: rita.id })).toBeNull();
    });
  });

  describe("the dictionary", () => {
    it("adds, edits and removes a word, and its history records each step with who and when", async () => {
      const db = getDb();
      const [ana, rui] = [await person(db, "Ana"), await person(db, "Rui")];
      const added = await createDictionaryWord(db, { word: "tokenização", locale: "pt-BR", note: null }, ana.id);
      expect(added).toMatchObject({ word: "tokenização", locale: "pt-BR", note: null, updatedBy: "Ana" });
      const edited = await updateDictionaryWord(db, added.id, { word: "tokenização", locale: "both", note: "IA" }, rui.id);
      expect(edited).toMatchObject({ locale: "both", note: "IA", updatedBy: "Rui" });
      expect((await listDictionaryWords(db)).find((w) => w.id === added.id)).toEqual(edited);

      await deleteDictionaryWord(db, added.id, ana.id);
      expect((await listDictionaryWords(db)).some((w) => w.id === added.id)).toBe(false);
      await expect(deleteDictionaryWord(db, added.id, ana.id)).rejects.toBeInstanceOf(DictionaryWordNotFoundError);
      await expect(updateDictionaryWord(db, added.id, { word: "tokenização", locale: "both", note: null }, ana.id)).rejects.toBeInstanceOf(DictionaryWordNotFoundError);

      // The word's history outlives it: the page lists it among the removed ones.
      const removed = (await listRemovedDictionaryWords(db)).find((r) => r.word === "tokenização");
      expect(removed).toMatchObject({ action: "removed", locale: "both", note: "IA", user: "Ana" });
      const again = await createDictionaryWord(db, { word: "tokenização", locale: "both", note: null }, rui.id);
      expect((await listRemovedDictionaryWords(db)).some((r) => r.word === "tokenização")).toBe(false);
      expect((await listDictionaryHistory(db, again.id)).map((h) => [h.action, h.user])).toEqual([["added", "Rui"]]);
    });

    it("keeps each step of a word's history, newest first", async () => {
      const db = getDb();
      const ana = await person(db, "Ana");
      const word = await createDictionaryWord(db, { word: "staking", locale: "both", note: null }, ana.id);
      await updateDictionaryWord(db, word.id, { word: "stakings", locale: "pt-PT", note: "plural" }, ana.id);
      expect((await listDictionaryHistory(db, word.id)).map((h) => [h.action, h.word, h.locale, h.note, h.user])).toEqual([
        ["edited", "stakings", "pt-PT", "plural", "Ana"],
        ["added", "staking", "both", null, "Ana"],
      ]);
    });

    it("holds a word once, whatever its locale, and says so", async () => {
      const db = getDb();
      const ana = await person(db, "Ana");
      await createDictionaryWord(db, { word: "desbancarização", locale: "pt-PT", note: null }, ana.id);
      await expect(createDictionaryWord(db, { word: "desbancarização", locale: "pt-BR", note: null }, ana.id)).rejects.toBeInstanceOf(DictionaryWordExistsError);
      const other = await createDictionaryWord(db, { word: "cripto-ativo", locale: "both", note: null }, ana.id);
      await expect(updateDictionaryWord(db, other.id, { word: "desbancarização", locale: "both", note: null }, ana.id)).rejects.toBeInstanceOf(DictionaryWordExistsError);
      expect((await listDictionaryHistory(db, other.id)).map((h) => h.action)).toEqual(["added"]);
    });

    it("gives an article of one locale the words of both and of its own, sorted", async () => {
      const db = getDb();
      const ana = await person(db, "Ana");
      await createDictionaryWord(db, { word: "zcontinental", locale: "pt-PT", note: null }, ana.id);
      await createDictionaryWord(db, { word: "abrasileirado", locale: "pt-BR", note: null }, ana.id);
      await createDictionaryWord(db, { word: "memecoin", locale: "both", note: null }, ana.id);
      const pt = await dictionaryWordsFor(db, "pt-PT");
      const br = await dictionaryWordsFor(db, "pt-BR");
      expect(pt).toEqual(expect.arrayContaining(["zcontinental", "memecoin"]));
      expect(pt).not.toContain("abrasileirado");
      expect(br).toEqual(expect.arrayContaining(["abrasileirado", "memecoin"]));
      expect(br).not.toContain("zcontinental");
      expect(pt).toEqual([...pt].sort());
    });
  });

  describe("review flags", () => {
    it("leave out an ignored word in every paragraph, and a dictionary word in articles of its locale", async () => {
      const db = getDb();
      const rita = await person(db, "Rita");
      const articleId = await article(db, rita.id);
      const load = async () => reviewFlags(db, (await getArticle(db, articleId))!);
      const machineCount = async () => machineFlagCount(db, (await getArticleMachineTexts(db, articleId))!);
      const before = await load();
      expect(spellingFlags(before.flags)).toEqual([["desenbarque"], ["desenbarque", "previlégio"], ["desenbarque"]]);
      const machineBefore = await machineCount();

      const ignored = (await addIgnoredWord(db, { articleId, word: "desenbarque", userId: rita.id }))!;
      const after = await load();
      expect(spellingFlags(after.flags)).toEqual([[], ["previlégio"], []]);
      expect(after.ignoredWords.map((w) => w.word)).toEqual(["desenbarque"]);
      expect(await machineCount()).toBe(machineBefore - 3);

      const word = await createDictionaryWord(db, { word: "previlégio", locale: "pt-BR", note: null }, rita.id);
      expect(spellingFlags((await load()).flags)).toEqual([[], ["previlégio"], []]);
      await updateDictionaryWord(db, word.id, { word: "previlégio", locale: "both", note: null }, rita.id);
      expect(spellingFlags((await load()).flags)).toEqual([[], [], []]);

      // Another article is checked with the dictionary, not with this article's ignored words.
      const other = await article(db, rita.id);
      expect(spellingFlags((await reviewFlags(db, (await getArticle(db, other))!)).flags)).toEqual([["desenbarque"], ["desenbarque"], ["desenbarque"]]);

      await deleteIgnoredWord(db, ignored.id);
      await deleteDictionaryWord(db, word.id, rita.id);
      expect(spellingFlags((await load()).flags)).toEqual(spellingFlags(before.flags));
    });
  });
}
