import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_TITLE, readDemoArticle } from "@/lib/demo";
import { splitPlainText } from "@/lib/import/split-text";

describe("the demo article", () => {
  const article = splitPlainText(readDemoArticle());

  it("imports with its title, author, source and footer", () => {
    expect(article).toMatchObject({ title: DEMO_ARTICLE_TITLE, author: "Chen Xiaoyu", sourceName: "Revista Lago Oeste Tecnologia" });
    const kinds = article.paragraphs.map((p) => p.kind);
    expect(kinds.filter((k) => k === "body")).toHaveLength(9);
    expect(kinds.slice(0, 3)).toEqual(["heading", "metadata", "metadata"]);
    expect(kinds.slice(12)).toEqual(Array(9).fill("boilerplate"));
  });

  it("carries the garbles the flagger is meant to find", () => {
    const text = readDemoArticle();
    for (const garble of ["Qingluan Zhineng", "Qingluan Intelligence", "Capital Montanha Distante", "necessidade justa", "círculo de amigos", "National Robotics Innovation Center", "março. desacelerou", "tecnologia , mas", "o otimização", "US$ 120 milhões em Renminbi"]) {
      expect(text).toContain(garble);
    }
  });
});
