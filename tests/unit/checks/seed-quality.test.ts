import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFlagger, type Flagger } from "@/lib/checks";
import { splitPlainText } from "@/lib/import/split-text";
import { countWords } from "@/lib/text/tokens";
import { readSharedFixture } from "../../shared-fixtures";
import type { Flag } from "@/lib/domain";

/** Which checks may account for each label category of seed-labels-sample.tsv. */
const FITTING: Record<string, (check: string) => boolean> = {
  "entity-pinyin": (c) => c === "pinyin-name" || c === "hybrid-name" || c === "known-entity",
  "entity-inconsistent": (c) => c === "entity-spellings" || c === "known-entity",
  "entity-literal": (c) => c === "hybrid-name" || c === "entity-spellings" || c === "known-entity" || c === "literal-name",
  calque: (c) => c === "calque",
  untranslated: (c) => c === "english-left",
  typography: (c) => c.startsWith("typo-"),
  grammar: (c) => c.startsWith("grammar-"),
  number: (c) => c === "numbers-currency",
  boilerplate: (c) => c === "site-boilerplate",
};

let flagger: Flagger;

beforeAll(async () => {
  flagger = await loadFlagger();
});

function labels(): { span: string; category: string }[] {
  return readSharedFixture("seed-labels-sample.tsv")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [span, category] = line.split("\t");
      return { span, category };
    });
}

describe("seed article", () => {
  it("flags every labelled span with a fitting check", () => {
    const { paragraphs } = splitPlainText(readSharedFixture("seed-article.txt"));
    const flags = flagger.flagArticle({ locale: "pt-BR", paragraphs });
    const missed: string[] = [];
    for (const { span, category } of labels()) {
      const fits = FITTING[category];
      expect(fits, `category ${category}`).toBeDefined();
      let occurrences = 0;
      paragraphs.forEach((paragraph, index) => {
        for (let at = paragraph.text.indexOf(span); at !== -1; at = paragraph.text.indexOf(span, at + 1)) {
          occurrences++;
          // A paragraph the importer already marked as site text is excluded from export: that covers it.
          if (category === "boilerplate" && paragraph.kind === "boilerplate") continue;
          const covered = flags[index].some((f: Flag) => fits(f.check) && f.start <= at && f.end >= at + span.length);
          if (!covered) missed.push(`${category}: "${span}" in ¶${index} at ${at}`);
        }
      });
      expect(occurrences, `"${span}" occurs in the article`).toBeGreaterThan(0);
    }
    const all = flags.flat();
    console.log(`seed article: ${labels().length} labels, ${missed.length} occurrences missed; ${all.length} flags in all`);
    expect(missed).toEqual([]);
  });
});

describe("native Portuguese", () => {
  it("raises at most 1 major or critical flag and 4 flags in all per 1,000 words on our native controls and the clean fixture", () => {
    const dir = path.resolve(import.meta.dirname, "..", "..", "fixtures", "native");
    const articles = [
      { locale: "pt-PT" as const, text: readSharedFixture("clean-pt-article.txt") },
      ...readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => ({ locale: f.startsWith("pt-BR") ? ("pt-BR" as const) : ("pt-PT" as const), text: readFileSync(path.join(dir, f), "utf8") })),
    ];
    expect(articles.length).toBeGreaterThanOrEqual(30);
    let words = 0;
    const flags: Flag[] = [];
    for (const { locale, text } of articles) {
      const { paragraphs } = splitPlainText(text);
      words += paragraphs.reduce((n, p) => n + countWords(p.text), 0);
      flags.push(...flagger.flagArticle({ locale, paragraphs }).flat());
    }
    const serious = flags.filter((f) => f.severity === "major" || f.severity === "critical");
    const perThousand = (n: number) => (n * 1000) / words;
    console.log(`native controls: ${words} words, ${flags.length} flags, ${serious.length} major or critical` + flags.map((f) => `\n  ${f.severity} ${f.check} "${f.text}"`).join(""));
    expect(perThousand(serious.length)).toBeLessThanOrEqual(1);
    expect(perThousand(flags.length)).toBeLessThanOrEqual(4);
  });

  it("raises nothing on the clean fixture", () => {
    const { paragraphs } = splitPlainText(readSharedFixture("clean-pt-article.txt"));
    expect(flagger.flagArticle({ locale: "pt-PT", paragraphs }).flat().map((f) => `${f.check}: ${f.text}`)).toEqual([]);
  });
});
