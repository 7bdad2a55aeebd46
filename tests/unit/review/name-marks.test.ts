import { describe, expect, it } from "vitest";
import { nameMarks } from "@/lib/review/name-marks";

const marked = (text: string, forms: string[]) => nameMarks(text, forms).map((m) => text.slice(m.start, m.end));

describe("nameMarks", () => {
  it("finds each whole occurrence of every form, in text order", () => {
    expect(marked("A iFlytek e Liu Qingfeng: a iFlytek cresce.", ["iFlytek", "Liu Qingfeng"])).toEqual(["iFlytek", "Liu Qingfeng", "iFlytek"]);
  });

  it("does not mark a form inside another word", () => {
    expect(marked("Hefeiense, não Hefei.", ["Hefei"])).toEqual(["Hefei"]);
  });

  it("prefers the longer form where two overlap", () => {
    expect(nameMarks("O Huawei Mate 70 saiu.", ["Mate", "Huawei Mate 70"])).toEqual([{ start: 2, end: 16 }]);
  });

  it("marks nothing for no forms or an empty one", () => {
    expect(nameMarks("Texto qualquer.", [])).toEqual([]);
    expect(nameMarks("Texto qualquer.", [""])).toEqual([]);
  });
});
