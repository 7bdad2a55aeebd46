import { beforeAll, describe, expect, it } from "vitest";
import { loadFlagger, type Flagger } from "@/lib/checks";
import { entityKbProblems } from "@/lib/checks/entity-kb-problems";
import { ENTITY_TYPES, knownEntities, type Entity } from "@/lib/lang/pt/entity-kb";
import { loadSpeller } from "@/lib/text/speller";
import { stripAccents } from "@/lib/text/inflection";

const entities = knownEntities();
const norm = (s: string) => stripAccents(s.toLowerCase());

let flagger: Flagger;
beforeAll(async () => {
  flagger = await loadFlagger();
});

const flagsOn = (text: string, locale: "pt-PT" | "pt-BR" = "pt-PT") => flagger.flagArticle({ locale, paragraphs: [{ kind: "body", text }] })[0];

describe("entity knowledge base", () => {
  it("knows at least 500 entities of every type", () => {
    expect(entities.length).toBeGreaterThanOrEqual(500);
    for (const type of ENTITY_TYPES) expect(entities.filter((e) => e.type === type).length, type).toBeGreaterThanOrEqual(20);
  });

  it("never lists one entity's established name as another's misrendering", () => {
    const names = new Map(entities.flatMap((e) => e.names.map((n) => [norm(n), e.id] as const)));
    const clashes = entities.flatMap((e) => e.misrenderings.filter((m) => names.has(norm(m.text))).map((m) => `${e.id}: ${m.text} (${names.get(norm(m.text))})`));
    expect(clashes).toEqual([]);
  });

  it("flags a misrendering with the established name", () => {
    const [flag] = flagsOn("As ações da HKUST Xunfei caíram.").filter((f) => f.check === "known-entity");
    expect(flag.text).toBe("HKUST Xunfei");
    expect(flag.suggestions[0]).toBe("iFlytek");
  });

  it("lets correct names through: no pinyin, hybrid, English or spelling flag", () => {
    const text =
      "A Universidade Renmin, a Fosun International e a SGMW Wuling assinaram um acordo; o fundador da Binance, Changpeng Zhao, " +
      "e Lei Jun, da Xiaomi, falaram em Pequim com a ByteDance e a Moonshot AI.";
    const wrong = flagsOn(text).filter((f) => ["pinyin-name", "hybrid-name", "english-left", "spelling", "known-entity", "literal-name"].includes(f.check));
    expect(wrong.map((f) => `${f.check}: ${f.text}`)).toEqual([]);
  });

  it("matches a name whatever apostrophe or hyphen joins its parts", () => {
    const found = (text: string) => flagsOn(text).filter((f) => f.check === "known-entity").map((f) => f.suggestions[0]);
    expect(found("O Mestre Yin-Yang chegou.")).toEqual(["Onmyoji"]);
    expect(found("O Mestre Yin\u2011Yang chegou.")).toEqual(["Onmyoji"]);
  });

  describe("a misrendering that is also ordinary Portuguese", () => {
    const entityFlags = (paragraphs: string[]) =>
      flagger.flagArticle({ locale: "pt-PT", paragraphs: paragraphs.map((text) => ({ kind: "body" as const, text })) }).flat().filter((f) => f.check === "known-entity");

    it("is flagged as a name in an article about what the entity makes", () => {
      const [flag] = entityFlags(["O novo telemóvel dobrável chega em março.", "A marca Glória vendeu mais do que a Xiaomi."]);
      expect(flag?.text).toBe("Glória");
      expect(flag?.suggestions[0]).toBe("Honor");
      expect(entityFlags(["O investimento foi liderado pela Sequoia Vermelha, que entrou na ronda anterior."]).map((f) => f.suggestions[0])).toEqual(["HongShan"]);
      expect(entityFlags(["O fundador da TRON respondeu.", "Há muitas dúvidas em torno do Sol desde que a SEC o acusou."]).map((f) => f.suggestions[0])).toEqual(["Justin Sun"]);
    });

    it("is left alone as a word, at a sentence start, inside a longer name or where the article speaks of other things", () => {
      expect(entityFlags(["O smartphone vendeu bem; a glória durou pouco."])).toEqual([]);
      expect(entityFlags(["Glória, disse o locutor do telemóvel, é ganhar."])).toEqual([]);
      expect(entityFlags(["A atriz Glória Pires comprou um smartphone."])).toEqual([]);
      expect(entityFlags(["O público cantou Glória no fim da missa."])).toEqual([]);
      expect(entityFlags(["O pugilista Muhammad Ali visitou a sede da Tencent."])).toEqual([]);
      // A ticker is not a name: "SOL" in a story about TRON stays Solana's.
      expect(entityFlags(["A TRON e a SOL subiram; o sol brilhou no evento de cripto."])).toEqual([]);
    });

    it("reads a Chinese company name cut short in a story about Chinese tech", () => {
      const [flag] = entityFlags(["A Tencent e a Ali investiram em modelos grandes."]);
      expect(flag?.text).toBe("Ali");
      expect(flag?.suggestions[0]).toBe("Alibaba");
    });
  });
  it("passes the knowledge-base validator that scripts/check-entities.ts runs, with both spellers as the judge", async () => {
    const [pt, br] = await Promise.all([loadSpeller("pt-PT"), loadSpeller("pt-BR")]);
    const isWord = (word: string) => pt.correct(word) || br.correct(word);
    expect(entityKbProblems(new Map([["shipped", entities]]), [], isWord)).toEqual([]);

    const entity = (id: string, zh: string, names: string[], misrenderings: Entity["misrenderings"]): Entity => ({ id, zh, type: "company", names, misrenderings });
    const broken = [
      entity("iflytek", "科大讯飞", ["iFlytek"], [{ text: "Xunfei", kind: "pinyin" }]),
      entity("huaying", "Huaying", ["Huaying Capital"], [{ text: "Capital", kind: "literal" }, { text: "Glória", kind: "literal", context: { asWritten: true, requires: ["Honor"] } }]),
    ];
    expect(entityKbProblems(new Map([["edited", broken]]), entities, isWord)).toEqual([
      'edited: id "iflytek" is also in the rest of the knowledge base',
      "huaying: zh is neither Chinese nor one of its names",
      'huaying: misrendering "Capital" is an ordinary Portuguese word and has no context rule',
    ]);
  });
});
