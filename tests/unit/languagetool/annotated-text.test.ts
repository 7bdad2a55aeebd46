import { describe, expect, it } from "vitest";
import { fromAnnotation, plainText } from "@/lib/languagetool/annotated-text";

describe("LanguageTool's annotated text", () => {
  const doc = fromAnnotation([
    { text: "A " },
    { markup: "<b>" },
    { text: "HKUST Xunfei" },
    { markup: "</b>" },
    { markup: "</p><p>", interpretAs: "\n\n" },
    { text: "cresceu." },
  ]);
  const source = "A <b>HKUST Xunfei</b></p><p>cresceu.";

  it("checks the text and what markup reads as", () => {
    expect(doc.plain).toBe("A HKUST Xunfei\n\ncresceu.");
  });

  it("answers offsets in the document as the client holds it, markup included", () => {
    const start = doc.plain.indexOf("HKUST");
    const { offset, length } = doc.toSource(start, start + "HKUST Xunfei".length);
    expect(source.slice(offset, offset + length)).toBe("HKUST Xunfei");
    const later = doc.plain.indexOf("cresceu");
    const second = doc.toSource(later, later + 7);
    expect(source.slice(second.offset, second.offset + second.length)).toBe("cresceu");
  });

  it("widens a span that ends inside interpreted markup to the whole tag", () => {
    const start = doc.plain.indexOf("Xunfei");
    const { offset, length } = doc.toSource(start, start + "Xunfei\n".length);
    expect(source.slice(offset, offset + length)).toBe("Xunfei</b></p><p>");
  });

  it("leaves plain text offsets as they are", () => {
    expect(plainText("abc").toSource(1, 3)).toEqual({ offset: 1, length: 2 });
  });
});
