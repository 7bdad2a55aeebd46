import { z } from "zod";
import { formatPortugueseValue, sameValue } from "@/lib/align/pt-numbers";
import type { Currency } from "@/lib/align/zh-numbers";
import { makeFlag } from "@/lib/checks/flag";
import { analyseSegment } from "@/lib/checks/source-analysis";
import type { SourceSegment } from "@/lib/checks/source-context";
import { coverageOf, type Coverage } from "@/lib/checks/source-coverage";
import { perLink } from "@/lib/checks/per-link";
import type { Check, CheckContext } from "@/lib/checks/types";
import type { Flag } from "@/lib/domain";

const MESSAGES = {
  value: "O original diz «{source}», que é {expected}; aqui está «{found}».",
  percent: "O original diz «{source}» ({expected}); aqui está «{found}».",
  currency: "O original fala de {expected}; aqui a moeda é {found}.",
  missing: "O original tem «{source}» ({expected}), que falta na tradução.",
};

const CURRENCY_NAMES: Record<Currency, string> = {
  CNY: "yuans (renminbi)", USD: "dólares americanos", HKD: "dólares de Hong Kong", EUR: "euros", JPY: "ienes", GBP: "libras", TWD: "dólares taiwaneses",
};

/** The digits a figure is written with, whatever its magnitude: 1.2亿 and "1,2 mil milhões" both give "12". */
function mantissa(value: number): string {
  return value.toExponential(6).split("e")[0].replace(".", "").replace(/0+$/, "");
}

type TargetFigure = Coverage["figures"][number];

function findingsOfLink(segment: SourceSegment, context: CheckContext): Flag[][] {
  const analysis = analyseSegment(segment, context.glossary);
  const coverage = coverageOf(segment, context);
  const brazilian = context.locale === "pt-BR";
  const flags: Flag[][] = segment.targets.map(() => []);
  const used = new Set<TargetFigure>();
  const flagAt = (figure: TargetFigure, start: number, end: number, messageId: keyof typeof MESSAGES, args: Record<string, string>, suggestions: string[]) => {
    const text = context.paragraphs[figure.paragraph].text;
    flags[segment.targets.indexOf(figure.paragraph)].push(makeFlag(sourceNumbers, text, start, end, messageId, { found: text.slice(start, end), ...args }, suggestions));
  };
  const sourceFigures = analysis.figures.filter((f) => !coverage.omitted.has(f.sentence));
  const unmatched: typeof sourceFigures = [];
  for (const figure of sourceFigures) {
    const match = coverage.figures.find((f) => !used.has(f) && f.percent === figure.percent && sameValue(f.value, figure.value));
    if (!match) {
      unmatched.push(figure);
      continue;
    }
    used.add(match);
    if (figure.currency && match.currency && figure.currency !== match.currency)
      flagAt(match, match.start, match.end, "currency", { expected: CURRENCY_NAMES[figure.currency], found: CURRENCY_NAMES[match.currency] }, []);
  }
  const first = context.paragraphs[segment.targets[0]].text;
  for (const figure of unmatched) {
    const source = segment.text.slice(figure.start, figure.end);
    const expected = figure.percent ? `${formatPortugueseValue(figure.value, brazilian)}%` : formatPortugueseValue(figure.value, brazilian);
    const free = coverage.figures.filter((f) => !used.has(f) && f.percent === figure.percent && !f.spelled);
    // The same digits at another magnitude is the slip 万 and 亿 invite; for a percentage, any unexplained one.
    const wrong = free.find((f) => mantissa(f.value) === mantissa(figure.value)) ?? (figure.percent && free.length === 1 ? free[0] : undefined);
    if (wrong) {
      used.add(wrong);
      const suggestion = formatPortugueseValue(figure.value, brazilian);
      flagAt(wrong, wrong.numberStart, wrong.numberEnd, figure.percent ? "percent" : "value", { source, expected }, [suggestion]);
    } else {
      flags[0].push(makeFlag(sourceNumbers, first, 0, first.length, "missing", { source, expected }));
    }
  }
  return flags;
}

export const sourceNumbers: Check = {
  id: "source-numbers",
  title: "Figure against the source",
  description:
    "With the Chinese original aligned: each source figure (万 and 亿 converted, percentages, currencies) must come through with its value. " +
    "The same digits at another magnitude (1.2亿 as \"1,2 mil milhões\"), a different percentage, another currency, and a figure missing are flagged.",
  category: "Accuracy",
  mqm: "Accuracy / Mistranslation",
  defaultSeverity: "major",
  suggests: "sometimes",
  exclusive: false,
  options: z.strictObject({}),
  messages: MESSAGES,
  examples: {
    bad: [
      { text: "O lucro atingiu 1,2 mil milhões de yuans.", source: "净利润达到1.2亿元。" },
      { text: "As vendas chegaram a 50 mil unidades.", source: "销量达到50万台。" },
      { text: "A capacidade melhorou 51%.", source: "能力提升了15%。" },
      { text: "A empresa investiu 300 milhões de dólares.", source: "公司投资了3亿元。" },
      { text: "A empresa contratou engenheiros.", source: "公司招聘了2000名工程师。" },
    ],
    good: [
      { text: "O lucro atingiu 120 milhões de yuans, mais 23%.", source: "净利润达到1.2亿元，同比增长23%。" },
      { text: "Em 28 de novembro, as vendas chegaram a 500 mil unidades.", source: "11月28日，销量达到50万台。" },
      { text: "O lucro atingiu 1,2 mil milhões de yuans." },
    ],
  },
  run: perLink(findingsOfLink),
};
