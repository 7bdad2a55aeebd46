import * as OpenCC from "opencc-js/t2cn";

/** Chinese in either script: traditional is read through its simplified form, character for character. */

export type ChineseScript = "zh-Hans" | "zh-Hant";

let toSimplifiedConverter: ((text: string) => string) | null = null;

function converter(): (text: string) => string {
  toSimplifiedConverter ??= OpenCC.Converter({ from: "t", to: "cn" });
  return toSimplifiedConverter;
}

/**
 * The simplified form of a text with the same UTF-16 length, so that offsets found in it hold in the original:
 * each character is converted on its own, and one whose conversion would change the length is kept.
 */
export function toSimplified(text: string): string {
  const convert = converter();
  let out = "";
  for (const char of text) {
    if (!/\p{Script=Han}/u.test(char)) {
      out += char;
      continue;
    }
    const converted = convert(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}

const HAN = /\p{Script=Han}/gu;

/** zh-Hant when at least one Han character in fifty changes when simplified (traditional-only characters are common). */
export function detectScript(text: string): ChineseScript {
  const simplified = toSimplified(text);
  let han = 0;
  let changed = 0;
  const original = [...text];
  const converted = [...simplified];
  original.forEach((char, i) => {
    if (!HAN.test(char)) return;
    HAN.lastIndex = 0;
    han += 1;
    if (converted[i] !== char) changed += 1;
  });
  return han > 0 && changed / han >= 0.02 ? "zh-Hant" : "zh-Hans";
}

/** Share of a text's letters that are Han characters: how Chinese a paragraph is. */
export function hanShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  return letters === 0 ? 0 : han / letters;
}
