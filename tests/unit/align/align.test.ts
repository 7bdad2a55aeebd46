import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyLinkEdit, oneToOne } from "@/lib/align/edit-links";
import { alignParagraphs } from "@/lib/align/gale-church";
import { linkProblems, sourcesByTarget } from "@/lib/align/links";
import { detectScript, toSimplified } from "@/lib/align/script";

const read = (name: string) => readFileSync(`tests/fixtures/bilingual/${name}`, "utf8").trim().split(/\n\s*\n/);

describe("alignParagraphs", () => {
  it("aligns the bilingual pair, the split paragraph one to two, despite its omission and its addition", () => {
    const links = alignParagraphs(read("source.zh.txt"), read("target.pt.txt"));
    expect(links).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2] },
      { source: [3], target: [3] },
      { source: [4], target: [4, 5] },
      { source: [5], target: [6] },
    ]);
    expect(linkProblems(links, 6, 7)).toEqual([]);
  });

  it("joins two source paragraphs translated as one", () => {
    const sources = ["公司营收增长了15%。", "利润达到3000万元。", "新产品将于明年上市，价格尚未公布。"];
    const targets = ["As receitas da empresa cresceram 15% e o lucro chegou a 30 milhões de yuans.", "O novo produto chega ao mercado no próximo ano e o preço ainda não foi anunciado."];
    expect(alignParagraphs(sources, targets)).toEqual([
      { source: [0, 1], target: [0] },
      { source: [2], target: [1] },
    ]);
  });

  it("keeps anchored pairs together around an untranslated source paragraph", () => {
    const sources = ["华为发布了Mate 70手机，售价5999元。", "这是一个很长的段落，讲述了公司的历史和发展，以及它在全球市场上的地位和未来的计划，包括很多细节。", "苹果公司的iPhone 17销量增长了12%。"];
    const targets = ["A Huawei lançou o telemóvel Mate 70, que custa 5999 yuans.", "As vendas do iPhone 17 da Apple cresceram 12%."];
    const links = alignParagraphs(sources, targets);
    // Length alone cannot tell an omission from a paragraph merged with its neighbour (Gale & Church make the same
    // trade); the sentence-level omission check looks inside the link.
    expect(sourcesByTarget(links, 2)[1]).toEqual([2]);
    expect(sourcesByTarget(links, 2)[0]).toContain(0);
    expect(linkProblems(links, 3, 2)).toEqual([]);
  });

  it("handles an empty side", () => {
    expect(alignParagraphs([], ["Só texto."])).toEqual([{ source: [], target: [0] }]);
    expect(alignParagraphs(["只有原文。"], [])).toEqual([{ source: [0], target: [] }]);
  });
});

describe("linkProblems", () => {
  it("names gaps, overlaps and missing paragraphs", () => {
    expect(linkProblems([{ source: [0], target: [1] }], 2, 2)).toEqual([
      "link 1: target paragraph 2 out of order (expected 1)",
      "the links cover 1 of 2 source paragraphs",
    ]);
    expect(linkProblems([{ source: [], target: [] }, ...oneToOne(1)], 1, 1)).toEqual(["link 1 is empty"]);
  });
});

describe("applyLinkEdit", () => {
  const base = oneToOne(3);

  it("merges a link with the next one", () => {
    expect(applyLinkEdit(base, { op: "merge", link: 0 })).toEqual([{ source: [0, 1], target: [0, 1] }, { source: [2], target: [2] }]);
  });

  it("splits a link after its first paragraph on each side", () => {
    const merged = applyLinkEdit(base, { op: "merge", link: 0 });
    expect(applyLinkEdit(merged, { op: "split", link: 0 })).toEqual(base);
    expect(applyLinkEdit([{ source: [0], target: [0, 1] }], { op: "split", link: 0 })).toEqual([{ source: [0], target: [0] }, { source: [], target: [1] }]);
  });

  it("shifts a boundary on one side, dropping a link left empty", () => {
    const shifted = applyLinkEdit(base, { op: "shift", link: 0, side: "target", direction: "up" });
    expect(shifted).toEqual([{ source: [0], target: [0, 1] }, { source: [1], target: [] }, { source: [2], target: [2] }]);
    expect(applyLinkEdit(shifted, { op: "shift", link: 0, side: "target", direction: "down" })).toEqual(base);
    const emptied = applyLinkEdit([{ source: [0], target: [0] }, { source: [], target: [1] }], { op: "shift", link: 0, side: "target", direction: "up" });
    expect(emptied).toEqual([{ source: [0], target: [0, 1] }]);
  });

  it("never breaks an alignment, whatever is asked", () => {
    const edits = [
      { op: "merge", link: 5 },
      { op: "split", link: 2 },
      { op: "shift", link: 2, side: "source", direction: "up" },
      { op: "shift", link: 0, side: "source", direction: "down" },
      { op: "shift", link: 1, side: "target", direction: "down" },
    ] as const;
    let links = base;
    for (const edit of edits) {
      links = applyLinkEdit(links, edit);
      expect(linkProblems(links, 3, 3)).toEqual([]);
    }
  });
});

describe("Chinese scripts", () => {
  it("simplifies traditional text character for character, offsets unchanged", () => {
    const traditional = "騰訊與華為在臺灣發佈新產品";
    const simplified = toSimplified(traditional);
    expect(simplified).toBe("腾讯与华为在台湾发布新产品");
    expect(simplified.length).toBe(traditional.length);
  });

  it("tells the scripts apart", () => {
    expect(detectScript("騰訊與華為在臺灣發佈新產品")).toBe("zh-Hant");
    expect(detectScript("腾讯与华为发布新产品")).toBe("zh-Hans");
  });
});

describe("alignArticle", () => {
  it("keeps site text and bylines out of the alignment, in their places", async () => {
    const { alignArticle } = await import("@/lib/align/align-article");
    const sources = ["公司营收增长了15%。", "新产品将于明年上市。"];
    const targets = [
      { text: "Por Redação", alignable: false },
      { text: "As receitas da empresa cresceram 15%.", alignable: true },
      { text: "Partilhe no Facebook", alignable: false },
      { text: "O novo produto chega no próximo ano.", alignable: true },
      { text: "Todos os direitos reservados", alignable: false },
    ];
    const links = alignArticle(sources, targets);
    expect(links).toEqual([
      { source: [], target: [0] },
      { source: [0], target: [1] },
      { source: [], target: [2] },
      { source: [1], target: [3] },
      { source: [], target: [4] },
    ]);
    expect(linkProblems(links, 2, 5)).toEqual([]);
  });
});
