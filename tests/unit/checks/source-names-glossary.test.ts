import { beforeAll, describe, expect, it } from "vitest";
import { loadFlagger, type Flagger } from "@/lib/checks/index";
import type { GlossaryTerm } from "@/lib/glossary/types";

let flagger: Flagger;
beforeAll(async () => {
  flagger = await loadFlagger({ locales: ["pt-PT"] });
}, 60_000);

// 星河智联 is a company of our own invention: no knowledge base knows it, only this installation's glossary.
const entry: GlossaryTerm = { preferred: "Galaxy Link", variants: ["Galáxia Link"], sourceTerm: "星河智联", type: "entity", caseSensitive: true, locale: "both" };
const source = "星河智联昨天在合肥发布了新款芯片。";

function sourceNames(text: string, glossary: GlossaryTerm[]) {
  const [flags] = flagger.flagArticle({ locale: "pt-PT", glossary, paragraphs: [{ kind: "body", text }], source: { paragraphs: [source], links: [{ source: [0], target: [0] }] } });
  return flags.filter((f) => f.check === "source-names").map((f) => ({ messageId: f.messageId, text: f.text, suggestions: f.suggestions }));
}

describe("source-names reads the glossary's source terms", () => {
  it("flags the pinyin where the glossary gives the name, suggesting the glossary's term", () => {
    expect(sourceNames("A Xinghe Zhilian lançou ontem em Hefei um novo chip.", [entry])).toEqual([{ messageId: "known", text: "Xinghe Zhilian", suggestions: ["Galaxy Link"] }]);
  });

  it("flags another known company's name written for it, suggesting the glossary's term", () => {
    expect(sourceNames("A Baidu lançou ontem em Hefei um novo chip.", [entry])).toEqual([{ messageId: "known", text: "Baidu", suggestions: ["Galaxy Link"] }]);
  });

  it("accepts the glossary's term", () => {
    expect(sourceNames("A Galaxy Link lançou ontem em Hefei um novo chip.", [entry])).toEqual([]);
  });

  it("leaves a variant to the glossary check", () => {
    expect(sourceNames("A Galáxia Link lançou ontem em Hefei um novo chip.", [entry])).toEqual([]);
  });

  it("without the entry, the pinyin is the source's own reading and passes", () => {
    expect(sourceNames("A Xinghe Zhilian lançou ontem em Hefei um novo chip.", [])).toEqual([]);
  });

  it("ignores entries that are not entities or whose source term is not Chinese", () => {
    const term = { ...entry, type: "term" as const };
    const latin = { ...entry, sourceTerm: "Xinghe" };
    expect(sourceNames("A Xinghe Zhilian lançou ontem em Hefei um novo chip.", [term, latin])).toEqual([]);
  });
});
