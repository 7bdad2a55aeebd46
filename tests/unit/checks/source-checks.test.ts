import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js/cn2t";
import { beforeAll, describe, expect, it } from "vitest";
import { alignParagraphs } from "@/lib/align/gale-church";
import { loadFlagger, type Flagger } from "@/lib/checks/index";
import type { Flag } from "@/lib/domain";

const read = (name: string) => readFileSync(`tests/fixtures/bilingual/${name}`, "utf8").trim().split(/\n\s*\n/);
const sources = read("source.zh.txt");
const targets = read("target.pt.txt");
const paragraphs = targets.map((text, i) => ({ kind: i === 0 ? ("heading" as const) : ("body" as const), text }));

let flagger: Flagger;
beforeAll(async () => {
  flagger = await loadFlagger({ locales: ["pt-PT"] });
}, 60_000);

const isSourceCheck = (flag: Flag) => flag.check.startsWith("source-");
const summary = (flags: Flag[][]) => flags.flatMap((list, p) => list.filter(isSourceCheck).map((f) => `${p} ${f.check}/${f.messageId} ${f.text.length > 40 ? "¶" : f.text} → ${f.suggestions.join("|")}`));

function flagPair(source: string[] | null) {
  return flagger.flagArticle({ locale: "pt-PT", paragraphs, source: source ? { paragraphs: source, links: alignParagraphs(source, targets) } : undefined });
}

describe("source-aware checks on the bilingual pair", () => {
  it("find what the source reveals, each where it is", () => {
    expect(summary(flagPair(sources))).toEqual([
      "1 source-names/known Baidu → iFlytek",
      "1 source-names/known Liu Qingfang → Liu Qingfeng",
      "1 source-numbers/percent 51 → 15",
      "1 source-names/pinyin Wang Haiyang → Wang Haiyan",
      // "a empresa" where the source names 科大讯飞 again: true, if mild.
      "2 source-names/missing ¶ → ",
      "2 source-omission/sentence ¶ → ",
      "2 source-numbers/value 1,2 mil milhões → 120 milhões",
      "3 source-names/missing ¶ → ",
      "3 source-numbers/value 50 mil → 500 mil",
      "4 source-leftover/name 马化腾 → Pony Ma",
      "6 source-omission/longer ¶ → ",
    ]);
  });

  it("say nothing without the source, and the monolingual checks miss what the source reveals", () => {
    const without = flagPair(null);
    expect(summary(without)).toEqual([]);
    const monolingual = without.flat().map((f) => f.text);
    for (const hidden of ["Baidu", "Liu Qingfang", "Wang Haiyang", "51", "1,2 mil milhões", "50 mil"]) expect(monolingual).not.toContain(hidden);
  });

  it("read a traditional-script original as they read the simplified one", () => {
    const traditional = sources.map(OpenCC.Converter({ from: "cn", to: "tw" }));
    expect(traditional[1]).toContain("訊飛");
    expect(summary(flagPair(traditional))).toEqual(summary(flagPair(sources)));
  });
});
