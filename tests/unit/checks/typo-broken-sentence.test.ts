import { describe, expect, it } from "vitest";
import { buildContext } from "@/lib/checks/context";
import { typoBrokenSentence } from "@/lib/checks/typo-broken-sentence";
import type { ParagraphKind } from "@/lib/domain";

function flagged(paragraphs: [ParagraphKind, string][]): number[] {
  const context = buildContext({ locale: "pt-PT", glossary: [], paragraphs: paragraphs.map(([kind, text]) => ({ kind, text })) }, null, null);
  return context.paragraphs.filter((p) => typoBrokenSentence.run(p, context).length > 0).map((p) => p.index);
}

describe("typo-broken-sentence", () => {
  it("finds each fragment of a sentence set on short lines, which the importer may take for headings", () =>
    expect(flagged([["heading", "O preço do bitcoin subiu"], ["body", "para 70 mil dólares depois de"], ["body", "o anúncio."]])).toEqual([1, 2]));
  it("looks past the site's boilerplate between two fragments", () =>
    expect(flagged([["body", "A empresa vendeu mais,"], ["boilerplate", "Publicidade"], ["body", "sobretudo na Europa."]])).toEqual([2]));
  it("leaves alone a paragraph after a full stop, a colon or a closing quote", () =>
    expect(flagged([["body", "Subiu."], ["body", "e depois caiu."], ["body", "Disse: «vamos»"], ["body", "mas ninguém ouviu."]])).toEqual([]));
});
