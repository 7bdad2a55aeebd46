import { describe, expect, it } from "vitest";
import { buildContext } from "@/lib/checks/context";
import { siteBoilerplate } from "@/lib/checks/site-boilerplate";
import { splitPlainText } from "@/lib/import/split-text";
import { readSharedFixture } from "@/tests/shared-fixtures";
import type { ParagraphKind } from "@/lib/domain";

function flagAll(paragraphs: { kind: ParagraphKind; text: string }[]) {
  const context = buildContext({ locale: "pt-PT", paragraphs }, null);
  return context.paragraphs.map((paragraph) => siteBoilerplate.run(paragraph, context));
}

describe("site-boilerplate check", () => {
  it("flags the whole paragraph, names the reason and suggests removing it", () => {
    const [flags] = flagAll([{ kind: "body", text: "Comentários (12)" }]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ start: 0, end: 16, text: "Comentários (12)", severity: "major", suggestions: [""] });
    expect(flags[0]).toMatchObject({ messageId: "site-text", args: { reason: "caixa de comentários" } });
    expect(flags[0].message).toContain("marque este parágrafo como texto do site");
  });

  it("leaves paragraphs already marked boilerplate, and metadata, alone", () => {
    expect(flagAll([{ kind: "boilerplate", text: "Partilhar" }, { kind: "metadata", text: "Fonte|Jornal" }])).toEqual([[], []]);
  });

  it("flags exactly the seed article's footer lines when they were imported as body", () => {
    const imported = splitPlainText(readSharedFixture("seed-article.txt")).paragraphs;
    const asBody = imported.map((p) => ({ ...p, kind: p.kind === "boilerplate" ? ("body" as const) : p.kind }));
    const flagged = flagAll(asBody).flatMap((flags, i) => (flags.length ? [i] : []));
    const footer = imported.flatMap((p, i) => (p.kind === "boilerplate" ? [i] : []));
    expect(flagged).toEqual(footer);
    expect(imported[flagged[0]].text).toBe("Ver original");
  });
});
