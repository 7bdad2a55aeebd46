/** Figures in Chinese text: Arabic or full-width digits, Chinese numerals with 万 and 亿, percentages, currencies. */

export type Currency = "CNY" | "USD" | "HKD" | "EUR" | "JPY" | "GBP" | "TWD";

export interface Figure {
  start: number;
  end: number;
  value: number;
  percent: boolean;
  currency: Currency | null;
  /** A month number ("3月"): Portuguese writes the month's name, so no figure is expected for it. */
  month: boolean;
  /** Written in words ("três"), which a source's small Chinese numerals match too loosely to count. */
  spelled?: boolean;
  /** The figure itself without its currency or percent sign ("1,2 mil milhões" in "1,2 mil milhões de yuans"). */
  numberStart: number;
  numberEnd: number;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const NUMERAL = String.raw`(?:[0-9０-９][0-9０-９,.．]*[0-9０-９]|[0-9０-９])`;
const HANZI = "零〇一二两三四五六七八九十百千";
/**
 * Either digits with optional Chinese multipliers ("1.2亿", "3亿5000万", "5千万") or a Chinese numeral that holds
 * 万 or 亿 ("三千万"): small Chinese numerals (一个, 统一) are words more often than figures.
 */
const FIGURE = new RegExp(
  String.raw`(百分之)?((?:${NUMERAL}[${HANZI}万亿]*)+|(?<=百分之)[${HANZI}]+|[${HANZI}]*[万亿][${HANZI}万亿]*)(%|％)?`,
  "gu",
);

const CURRENCY_AFTER: [RegExp, Currency][] = [
  [/^(?:元人民币|人民币|元|块)/u, "CNY"],
  [/^(?:美元|美金)/u, "USD"],
  [/^(?:港元|港币)/u, "HKD"],
  [/^欧元/u, "EUR"],
  [/^日元/u, "JPY"],
  [/^英镑/u, "GBP"],
  [/^新台币/u, "TWD"],
];
const CURRENCY_BEFORE: [RegExp, Currency][] = [
  [/(?:US\$|美元)\s?$/u, "USD"],
  [/HK\$\s?$/u, "HKD"],
  [/(?:NT\$)\s?$/u, "TWD"],
  [/(?:人民币|RMB|CNY|￥|¥)\s?$/u, "CNY"],
  [/€\s?$/u, "EUR"],
];

function halfWidth(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, ".");
}

/** The value of a numeral such as "1.2亿", "三亿五千万", "3亿5000万", "两千三百万", "1,200"; NaN when it is not one. */
export function parseChineseNumeral(raw: string): number {
  const text = halfWidth(raw);
  let total = 0;
  let section = 0;
  let number = 0;
  let seen = false;
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const arabic = /^\d+(?:,\d{3})*(?:\.\d+)?/.exec(rest);
    if (arabic) {
      number = Number(arabic[0].replace(/,/g, ""));
      seen = true;
      i += arabic[0].length;
      continue;
    }
    const c = text[i];
    if (c in DIGITS) {
      number = DIGITS[c];
      seen = true;
    } else if (c in SMALL_UNITS) {
      section += (seen ? number : 1) * SMALL_UNITS[c];
      number = 0;
      seen = false;
    } else if (c === "万") {
      section = (section + number) * 1e4;
      total += section;
      section = 0;
      number = 0;
      seen = false;
    } else if (c === "亿") {
      total = (total + section + number) * 1e8;
      section = 0;
      number = 0;
      seen = false;
    } else {
      return Number.NaN;
    }
    i += 1;
  }
  return total + section + number;
}

function currencyAround(text: string, start: number, end: number): Currency | null {
  const after = text.slice(end, end + 4);
  for (const [pattern, currency] of CURRENCY_AFTER) if (pattern.test(after)) return currency;
  const before = text.slice(Math.max(0, start - 4), start);
  for (const [pattern, currency] of CURRENCY_BEFORE) if (pattern.test(before)) return currency;
  return null;
}

/** Every figure of a Chinese paragraph, with its offsets in the text as given. */
export function chineseFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [whole, percentWord, numeral, percentSign] = match;
    const value = parseChineseNumeral(numeral);
    if (!Number.isFinite(value)) continue;
    const start = match.index;
    const end = start + whole.length;
    figures.push({
      start,
      end,
      value,
      percent: Boolean(percentWord || percentSign),
      currency: currencyAround(text, start, end),
      month: text[end] === "月",
      numberStart: start + (percentWord?.length ?? 0),
      numberEnd: start + (percentWord?.length ?? 0) + numeral.length,
    });
  }
  return figures;
}
