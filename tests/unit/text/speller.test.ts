import { describe, expect, it } from "vitest";
import { loadSpeller } from "@/lib/text/speller";

describe("loadSpeller", () => {
  it("loads each locale's dictionary once, in well under the test timeout", async () => {
    const started = performance.now();
    const [pt, br] = await Promise.all([loadSpeller("pt-PT"), loadSpeller("pt-BR")]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await loadSpeller("pt-PT")).toBe(pt);
    expect(br).not.toBe(pt);
  });

  it("follows each variant's spelling", async () => {
    const pt = await loadSpeller("pt-PT");
    const br = await loadSpeller("pt-BR");
    expect(pt.correct("receção")).toBe(true);
    expect(pt.correct("recepção")).toBe(false);
    expect(br.correct("recepção")).toBe(true);
    expect(br.correct("receção")).toBe(false);
    for (const word of ["desembarque", "modelo", "Pequim"]) {
      expect(pt.correct(word)).toBe(true);
      expect(br.correct(word)).toBe(true);
    }
    expect(pt.correct("Guangnian")).toBe(false);
  });

  it("suggests corrections", async () => {
    const pt = await loadSpeller("pt-PT");
    expect(pt.suggest("desenbarque")).toContain("desembarque");
  });
});
