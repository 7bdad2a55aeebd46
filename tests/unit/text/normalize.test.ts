import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/text/normalize";
import { bestDoublingRatio, repeated } from "./growth";

describe("normalizeText", () => {
  it("trims spaces and tabs at the end of every line and keeps them inside lines", () => {
    expect(normalizeText("um  dois \t\ntrês\t \n\n quatro ")).toBe("um  dois\ntrês\n\n quatro");
    expect(normalizeText("fim   ")).toBe("fim");
    expect(normalizeText("   ")).toBe("");
    expect(normalizeText("a \r\nb \u2028c \u2029d ")).toBe("a\nb\nc\n\nd");
  });

  it("keeps no-break spaces at a line end (they are typography, not padding)", () => {
    expect(normalizeText("10\u00a0%\u00a0 \nUS$\u202f")).toBe("10\u00a0%\u00a0\nUS$\u202f");
  });

  it("takes linear time on a long line of spaces that ends in a letter", () => {
    expect(bestDoublingRatio(normalizeText, (n) => repeated(" ", n), 200_000)).toBeLessThan(2.5);
  });
});
