import { describe, expect, it } from "vitest";
import { calqueFinder, findCalques } from "@/lib/checks/calque";
import { CALQUE_DOMAINS, calqueConcepts, parseCalqueFile } from "@/lib/lang/pt/calque-lexicon";
import { tokenize } from "@/lib/text/tokens";

const concepts = calqueConcepts();

/** The jargon the issue names: every one must be in the lexicon. */
const REQUIRED = ["赋能", "落地", "赛道", "头部", "生态", "国产", "大模型", "割韭菜", "圈", "刚需", "风口", "内卷", "出海", "抓手", "闭环", "痛点", "打法", "布局", "下沉市场", "私域流量"];

describe("calque lexicon", () => {
  it("holds at least 400 concepts over the six domains", () => {
    expect(concepts.length).toBeGreaterThanOrEqual(400);
    for (const domain of CALQUE_DOMAINS) expect(concepts.filter((c) => c.domain === domain).length, domain).toBeGreaterThanOrEqual(20);
  });

  it("covers the jargon Chinese business and tech writing is full of", () => {
    const missing = REQUIRED.filter((zh) => !concepts.some((c) => c.zh.includes(zh)));
    expect(missing).toEqual([]);
  });

  it("gives every concept its Chinese term, a gloss, suggestions for both variants and examples", () => {
    for (const c of concepts) {
      expect(c.zh, c.id).toMatch(/\p{Script=Han}/u);
      expect(c.gloss.length, c.id).toBeGreaterThan(3);
      expect(c.suggest["pt-PT"].length, c.id).toBeGreaterThan(0);
      expect(c.suggest["pt-BR"].length, c.id).toBeGreaterThan(0);
    }
  });

  it("writes every gloss in Portuguese, since the flag message and the glossary show it to Portuguese editors", () => {
    const words = (list: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list})(?![\\p{L}\\p{N}])`, flags);
    const english = words("the|of|to|and|is|for|with|that|from|which", "giu");
    const portuguese = words("de|do|da|que|um|uma|para|com|em", "iu");
    const readsAsEnglish = (gloss: string) => (gloss.match(english) ?? []).length >= 2 && !portuguese.test(gloss);
    expect(readsAsEnglish("the food supply of a city's residents")).toBe(true);
    expect(readsAsEnglish("o abastecimento alimentar de uma cidade")).toBe(false);
    expect(concepts.filter((c) => readsAsEnglish(c.gloss)).map((c) => `${c.id}: ${c.gloss}`)).toEqual([]);
  });

  it("fires each concept on its bad examples and no concept on the good ones", () => {
    const problems: string[] = [];
    for (const c of concepts) {
      for (const bad of c.examples.bad) if (!findCalques(bad).some((m) => m.concept.id === c.id)) problems.push(`${c.id} misses: ${bad}`);
      for (const good of c.examples.good) {
        const hits = findCalques(good);
        if (hits.length > 0) problems.push(`${c.id} good example fires ${hits.map((h) => h.concept.id).join(", ")}: ${good}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("clears the match when the first suggestion replaces it", () => {
    const problems: string[] = [];
    for (const c of concepts) {
      const suggestion = c.suggest["pt-PT"][0];
      if (/\{\d/.test(suggestion)) continue;
      for (const bad of c.examples.bad) {
        const match = findCalques(bad).find((m) => m.concept.id === c.id);
        if (!match) continue;
        const tokens = tokenize(bad);
        const fixed = bad.slice(0, tokens[match.first].start) + suggestion + bad.slice(tokens[match.last].end);
        if (findCalques(fixed).some((m) => m.concept.id === c.id)) problems.push(`${c.id}: "${fixed}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("matches whatever the inflection and the word order, and leaves a true ecology alone", () => {
    expect(findCalques("São necessidades justas das empresas.").length).toBeGreaterThan(0);
    expect(findCalques("Os modelos grandes e o modelo em larga escala da Alibaba.").length).toBe(2);
    const concept = { ...concepts.find((c) => c.id === "gangxu")!, renderings: ["necessidade justo"], anyOrder: true, context: undefined };
    expect(calqueFinder([concept])("É uma justa necessidade das empresas.").map((m) => m.concept.id)).toEqual(["gangxu"]);
    expect(findCalques("A poluição ameaça a ecologia do rio e as espécies da floresta.")).toEqual([]);
  });

  it("refuses a rendering that would silently never match: two words in one position, punctuation, a star inside a word", () => {
    const concept = (rendering: string) => ({
      domain: "business",
      concepts: [
        {
          id: "teste",
          zh: "测试",
          gloss: "test",
          renderings: [rendering],
          suggest: { "pt-PT": ["x"], "pt-BR": ["x"] },
          severity: "minor",
          examples: { bad: ["a"], good: ["b"] },
        },
      ],
    });
    expect(() => parseCalqueFile(concept("fazer (de forma) certa"), "t.json")).toThrow(/«\(de» is not a position/);
    expect(() => parseCalqueFile(concept("cabeça (e|,) cauda"), "t.json")).toThrow(/«\(e\|,\)» is not a position/);
    expect(() => parseCalqueFile(concept("deix*-se apodrecer"), "t.json")).toThrow(/is not a position/);
    expect(parseCalqueFile(concept("cortar (o|os) cebolinho|cebolinha empoder*"), "t.json")).toHaveLength(1);
  });
});
