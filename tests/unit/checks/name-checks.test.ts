import { describe, expect, it } from "vitest";
import { exampleContext } from "@/lib/checks/context";
import { entitySpellings } from "@/lib/checks/entity-spellings";
import { hybridName } from "@/lib/checks/hybrid-name";
import { knownEntity } from "@/lib/checks/known-entity";
import { pinyinName } from "@/lib/checks/pinyin-name";
import type { Check } from "@/lib/checks/types";

function flagged(check: Check, text: string, article: string[] = []) {
  const { context, paragraph } = exampleContext(text, "pt-PT", article);
  return check.run(paragraph, context).map((f) => `${f.severity}:${f.text}`);
}

describe("pinyin-name", () => {
  it.each([
    ["O Xinghe Guangnian publicou o estudo.", ["major:Xinghe Guangnian"]],
    ["Fala o Hongmu Research Institute.", ["major:Hongmu Research Institute"]],
    ["Segundo o Instituto de Pesquisa Hongmu, não.", ["major:Instituto de Pesquisa Hongmu"]],
    ["Wu Xuening, CTO da Jinyou.com, falou.", ["major:Jinyou.com"]],
    ["Investiram a Tencent, Wuyuan e Suhua.", ["minor:Wuyuan", "minor:Suhua"]],
  ])("flags %j", (text, expected) => expect(flagged(pinyinName, text)).toEqual(expected));

  it.each([
    "Zhang Yitian e Lin Yonghua falaram.",
    "Fu Sheng, presidente da Cheetah Mobile, discordou.",
    "A Alibaba, a Xiaomi e a Huawei cresceram em Guangzhou.",
    "Nada mudou. Casa cheia em Hangzhou.",
    "A IT Juzi e a Zhipu AI publicaram dados.",
  ])("leaves %j alone", (text) => expect(flagged(pinyinName, text)).toEqual([]));

  it("leaves a name the knowledge base knows to the known-entity check, which suggests the official name", () => {
    const { context, paragraph } = exampleContext("A Kunlun Wanwei caiu.");
    expect(pinyinName.run(paragraph, context)).toEqual([]);
    expect(knownEntity.run(paragraph, context)[0].suggestions).toEqual(["Kunlun Tech"]);
  });
});

describe("hybrid-name", () => {
  it("flags an acronym glued to pinyin, with the official name", () => {
    const { context, paragraph } = exampleContext("Ações como XKD Lianhe caíram.");
    const [flag] = hybridName.run(paragraph, context);
    expect(flag).toMatchObject({ text: "XKD Lianhe", severity: "major" });
  });

  it("flags a company name ending like a phrase, not an ordinary English name", () => {
    expect(flagged(hybridName, "Ele vendeu a New Road Ahead.")).toEqual(["minor:New Road Ahead"]);
    expect(flagged(hybridName, "Ele vendeu a Cheetah Mobile.")).toEqual([]);
  });
});

describe("entity-spellings", () => {
  it("suggests the majority form to the minority form only", () => {
    const article = ["O Xinghe Guangnian falou.", "O Xinghe Guangnian insistiu."];
    const { context, paragraph } = exampleContext("Fonte: Xinghe Light Year", "pt-PT", article);
    expect(entitySpellings.run(paragraph, context).map((f) => [f.text, f.suggestions])).toEqual([["Xinghe Light Year", ["Xinghe Guangnian"]]]);
    expect(entitySpellings.run(context.paragraphs[0], context)).toEqual([]);
  });

  it("flags both forms of a tie", () => {
    const { context } = exampleContext("O Instituto de Pesquisa Zhiyuan respondeu.", "pt-PT", ["O Zhiyuan Research Institute falou."]);
    expect(context.paragraphs.map((p) => entitySpellings.run(p, context).length)).toEqual([1, 1]);
  });

  it("does not merge different people or a conference with the institute", () => {
    expect(flagged(entitySpellings, "Zhang Yitian e Zhang Gaonan.", ["Zhang Yitian falou."])).toEqual([]);
    expect(flagged(entitySpellings, "A Conferência Zhiyuan de Pequim.", ["O Zhiyuan Research Institute."])).toEqual([]);
  });
});
