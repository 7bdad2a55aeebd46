import { describe, expect, it } from "vitest";
import { correctedAs } from "@/lib/concordance/corrected-as";
import { findOccurrences, parsePhrase } from "@/lib/concordance/phrase";

const find = (text: string, query: string) => findOccurrences(text, parsePhrase(query)!).map((o) => text.slice(o.start, o.end));

describe("a concordance phrase", () => {
  it("matches its words in order, whatever the case and the punctuation between them", () => {
    expect(find("A IA é uma Necessidade  justa; a necessidade, justa.", "necessidade justa")).toEqual(["Necessidade  justa", "necessidade, justa"]);
  });

  it("does not match inside longer words", () => {
    expect(find("necessidades justas", "necessidade justa")).toEqual([]);
  });

  it("has no words in punctuation alone", () => {
    expect(parsePhrase("«…»")).toBeNull();
  });
});

describe("what the current text has in the phrase's place", () => {
  const at = (machine: string, current: string, phrase: string) => {
    const [occurrence] = findOccurrences(machine, parsePhrase(phrase)!);
    return correctedAs(machine, current, occurrence);
  };

  it("a replaced phrase", () => {
    expect(at("A IA é uma necessidade justa para todos.", "A IA é uma necessidade real para todos.", "necessidade justa")).toMatchObject({ text: "necessidade real", changed: true });
    expect(at("Os números da HKUST Xunfei subiram.", "Os números da iFlytek subiram.", "HKUST Xunfei")).toMatchObject({ text: "iFlytek", changed: true });
  });

  it("a phrase left as it was", () => {
    const c = at("Depois do desembarque, a empresa cresceu.", "Depois do desembarque, a empresa cresceu muito.", "desembarque");
    expect(c).toMatchObject({ text: "desembarque", changed: false });
  });

  it("a deleted phrase", () => {
    expect(at("Clique aqui para partilhar. O texto segue.", "O texto segue.", "Clique aqui para partilhar")).toMatchObject({ text: "", changed: true });
  });

  it("points at the place in the current text", () => {
    const current = "Hoje a iFlytek cresceu.";
    const c = at("Hoje a HKUST Xunfei cresceu.", current, "HKUST Xunfei");
    expect(current.slice(c.currentStart, c.currentEnd)).toBe("iFlytek");
  });
});

describe("the excerpt of a hit", () => {
  it("marks the phrase on the machine side and its correction on the current side, word-diffed", async () => {
    const { excerptPair } = await import("@/lib/concordance/excerpt");
    const machineText = `${"Texto anterior sem interesse. ".repeat(10)}Para muitas empresas, a IA tornou-se uma necessidade justa. ${"Texto seguinte. ".repeat(20)}`;
    const currentText = machineText.replace("necessidade justa", "necessidade real");
    const inMachine = findOccurrences(machineText, parsePhrase("necessidade justa")!);
    const correction = correctedAs(machineText, currentText, inMachine[0]);
    const pair = excerptPair({ machineText, currentText, inMachine, inCurrent: [], correction });
    const marked = (side: typeof pair.machine) => side.filter((s) => s.marked).map((s) => s.text).join("");
    expect(marked(pair.machine)).toBe("necessidade justa");
    expect(marked(pair.current)).toBe("necessidade real");
    expect(pair.machine.some((s) => s.op === "delete" && s.text.includes("justa"))).toBe(true);
    expect(pair.current.some((s) => s.op === "insert" && s.text.includes("real"))).toBe(true);
    expect(pair.cutBefore && pair.cutAfter).toBe(true);
    expect(pair.machine.map((s) => s.text).join("").length).toBeLessThan(400);
  });
});
