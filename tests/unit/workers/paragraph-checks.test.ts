import { beforeAll, describe, expect, it } from "vitest";
import { CHECKS } from "@/lib/checks";
import { buildContext, type ArticleInput } from "@/lib/checks/context";
import { splitPlainText } from "@/lib/import/split-text";
import { loadSpeller, type Speller } from "@/lib/text/speller";
import { PARAGRAPH_LOCAL_CHECKS } from "@/lib/workers/paragraph-checks";
import { readSharedFixture } from "../../shared-fixtures";

// A check listed as paragraph-local must give a paragraph the same flags whatever the other paragraphs say:
// here they are emptied (kinds and positions kept) and every flag is compared.
let speller: Speller;
let english: Speller;

beforeAll(async () => {
  [speller, english] = await Promise.all([loadSpeller("pt-BR"), loadSpeller("en")]);
}, 60_000);

const local = CHECKS.filter((c) => PARAGRAPH_LOCAL_CHECKS.has(c.id));

function assertLocal(article: ArticleInput, label: string) {
  const full = buildContext(article, speller, english);
  for (let i = 0; i < article.paragraphs.length; i++) {
    const alone = buildContext({ ...article, paragraphs: article.paragraphs.map((p, j) => (j === i ? p : { ...p, text: "" })) }, speller, english);
    for (const check of local) {
      expect(check.run(alone.paragraphs[i], alone), `${check.id} on ${label} ¶${i}`).toEqual(check.run(full.paragraphs[i], full));
    }
  }
}

describe("paragraph-local checks", () => {
  it("lists registered checks only, and not the article-wide ones", () => {
    const ids = new Set(CHECKS.map((c) => c.id));
    for (const id of PARAGRAPH_LOCAL_CHECKS) expect(ids.has(id), id).toBe(true);
    for (const id of ["entity-spellings", "concept-renderings", "quoted-jargon", "english-acronym", "site-boilerplate"]) expect(PARAGRAPH_LOCAL_CHECKS.has(id)).toBe(false);
  });

  it("gives each paragraph of the seed article the same flags without the rest of the article", () => {
    assertLocal({ locale: "pt-BR", paragraphs: splitPlainText(readSharedFixture("seed-article.txt")).paragraphs }, "the seed article");
  }, 120_000);

  it("gives every check example the same flags without its siblings", () => {
    for (const check of CHECKS) {
      for (const example of [...check.examples.bad, ...check.examples.good]) {
        const paragraphs = [...(example.article ?? []), example.text].map((text) => ({ kind: "body" as const, text }));
        assertLocal({ locale: "pt-BR", glossary: example.glossary ?? [], paragraphs }, `${check.id}'s example`);
      }
    }
  }, 120_000);
});
