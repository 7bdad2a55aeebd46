import { describe, expect, it } from "vitest";
import { formatPortugueseValue, portugueseFigures, sameValue } from "@/lib/align/pt-numbers";
import { chineseFigures, parseChineseNumeral } from "@/lib/align/zh-numbers";

describe("parseChineseNumeral", () => {
  it.each([
    ["1.2亿", 120_000_000],
    ["3亿5000万", 350_000_000],
    ["三亿五千万", 350_000_000],
    ["两千三百万", 23_000_000],
    ["5千万", 50_000_000],
    ["一万亿", 1e12],
    ["十五", 15],
    ["1,200", 1200],
    ["５０万", 500_000],
  ])("%s is %d", (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it("refuses what is not a numeral", () => expect(parseChineseNumeral("万一x")).toBeNaN());
});

describe("chineseFigures", () => {
  it("finds figures with their currency, percentages and months", () => {
    const text = "3月，公司营收1.2亿元，同比增长15%，百分之三十来自海外，估值30亿美元。";
    const figures = chineseFigures(text).map((f) => ({ text: text.slice(f.start, f.end), value: f.value, percent: f.percent, currency: f.currency, month: f.month }));
    expect(figures).toEqual([
      { text: "3", value: 3, percent: false, currency: null, month: true },
      { text: "1.2亿", value: 120_000_000, percent: false, currency: "CNY", month: false },
      { text: "15%", value: 15, percent: true, currency: null, month: false },
      { text: "百分之三十", value: 30, percent: true, currency: null, month: false },
      { text: "30亿", value: 3e9, percent: false, currency: "USD", month: false },
    ]);
  });

  it("leaves words with a small numeral alone", () => expect(chineseFigures("统一管理，一个市场")).toEqual([]));
});

describe("portugueseFigures", () => {
  it.each([
    ["120 milhões de yuans", false, 120_000_000, "CNY"],
    ["1,2 mil milhões de dólares", false, 1.2e9, "USD"],
    ["US$ 3 mil milhões", false, 3e9, "USD"],
    ["1,2 bilhão de reais", true, 1.2e9, "CNY"],
    ["1,2 bilião", false, 1.2e12, null],
    ["1.200 funcionários", false, 1200, null],
    ["50 mil conjuntos", false, 50_000, null],
    ["€ 40", false, 40, "EUR"],
  ] as const)("%s", (text, brazilian, value, currency) => {
    const [figure] = portugueseFigures(text, brazilian);
    expect(figure.value).toBeCloseTo(value);
    if (currency !== "CNY" || !text.includes("reais")) expect(figure.currency).toBe(currency);
  });

  it("reads percentages written both ways", () => {
    expect(portugueseFigures("subiu 15% e depois 30 por cento", false).map((f) => [f.value, f.percent])).toEqual([[15, true], [30, true]]);
  });

  it("does not read the article «um» as a figure", () => expect(portugueseFigures("um novo modelo", false)).toEqual([]));
});

describe("formatPortugueseValue and sameValue", () => {
  it("writes a value as each variant writes it", () => {
    expect(formatPortugueseValue(1.2e8, false)).toBe("120 milhões");
    expect(formatPortugueseValue(3e9, false)).toBe("3 mil milhões");
    expect(formatPortugueseValue(3e9, true)).toBe("3 bilhões");
    expect(formatPortugueseValue(500_000, false)).toBe("500 mil");
  });

  it("allows a translation's rounding and nothing more", () => {
    expect(sameValue(1.23e8, 1.23e8)).toBe(true);
    expect(sameValue(123_456_789, 123_000_000)).toBe(true);
    expect(sameValue(1.2e8, 1.2e9)).toBe(false);
    expect(sameValue(15, 51)).toBe(false);
  });
});
