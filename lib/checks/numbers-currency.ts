import { z } from "zod";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag, Locale } from "@/lib/domain";

const NUMBER = String.raw`\d+(?:[.,  ]\d+)*`;
const MAGNITUDE = "mil milhões|milhões|milhão|mil|bilhões|bilhão|biliões|bilião|trilhões|trilhão";
const CURRENCY_SYMBOL = String.raw`US\$|R\$|HK\$|NT\$|\$|€|¥|£|RMB|CNY|USD|EUR`;
const CURRENCY_WORD = "dólares(?: americanos| de Hong Kong)?|dólar|yuans?|renminbi|RMB|euros?|reais|real|ienes|libras";

/** A currency symbol before the amount and a currency word after it: "US$ 366,924 milhões em Renminbi". */
const TWO_CURRENCIES = new RegExp(
  `(?:${CURRENCY_SYMBOL}) ?(${NUMBER})(?: (${MAGNITUDE}))? (?:de |em )?(${CURRENCY_WORD})(?![\\p{L}])`,
  "giu",
);

/** Magnitudes stacked without "e" (万 and 亿 multiplied twice): "100 milhões milhões", "1 bilhão 10 mil". */
const STACKED_MAGNITUDE = new RegExp(
  `(?<![\\p{L}])(?:milhões|milhão|bilhões|bilhão|biliões|bilião|mil) (\\d+(?:[.,]\\d+)? )?(?:milhões|milhão|bilhões|bilhão|biliões|bilião|mil)(?![\\p{L}])`,
  "gu",
);

/**
 * 完成10亿元融资 with its 融资 dropped: "completou 500 milhões de yuans", an amount that is "completed" where the
 * original completed a funding round.
 */
const COMPLETED_AMOUNT = new RegExp(
  `(?<![\\p{L}])(completou|concluiu|completaram|concluíram) ((?:(?:cerca de|mais de|quase) )?(?:(?:${CURRENCY_SYMBOL}) ?${NUMBER}(?: (?:${MAGNITUDE}))?|(?:${NUMBER} )?(?:${MAGNITUDE}) (?:de )?(?:${CURRENCY_WORD})|${NUMBER} (?:de )?(?:${CURRENCY_WORD})))(?![\\p{L}])`,
  "giu",
);
const CONCLUDED: Record<string, string> = { completou: "concluiu", concluiu: "concluiu", completaram: "concluíram", concluíram: "concluíram" };

/** English number formats: a decimal point before a magnitude or %, or comma thousands groups. */
const DECIMAL_POINT = new RegExp(`(?<![\\p{L}\\d.,-])(\\d+)\\.(\\d{1,2})(?=\\s?%|\\s(?:${MAGNITUDE}|vezes|pontos)(?![\\p{L}]))`, "gu");
const COMMA_GROUPS = /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?![\d,])|(?<![\d.,])\d{1,3},\d{3}\.\d+(?![\d,])/g;

/** "bilhão" is 10^9 in Brazil but 10^12 in Portugal, where 10^9 is "mil milhões". */
const BRAZILIAN_BILLION = /(?<![\p{L}\d.,])(?:(\d+(?:[.,]\d+)*) )?(bilhões|bilhão|trilhões|trilhão)(?![\p{L}])/gu;
/** The English "trillion" (10^12) carried into European Portuguese, where a trilião is 10^18. */
const EUROPEAN_TRILLION = /(?<![\p{L}\d.,])(?:(\d+(?:[.,]\d+)*) )?(triliões|trilião)(?![\p{L}])/gu;
/** A European bilião (10^12) with its figure: right for economies and markets, a slip for a firm or a fund. */
const EUROPEAN_TRILLION_FIGURE = /(?<![\p{L}\d.,])(\d+(?:[.,]\d+)*) (biliões|bilião)(?![\p{L}])/gu;
/** Words of the sentences where a figure of 10^12 is expected. */
const MACRO_SCALE = /\b(?:PIB|economias?|económic[ao]s?|dívidas?|mercados?|país|países|nacional|mundial|mundo|global|comércio|exportações|importações|orçamentos?|reservas|capitalização|poupanças?|depósitos|crédito|ativos|activos|massa monetária|liquidez)\b/iu;
const EUROPEAN_BILLION = /(?<![\p{L}\d.,])(?:(\d+(?:[.,]\d+)*) )?(mil milhões|biliões|bilião)(?![\p{L}])/gu;

/**
 * 万 (10^4) and 亿 (10^8) translated as units of their own: "5 dez mil unidades" (5万 = 50 mil), "1,2 cem milhões"
 * (1.2亿 = 120 milhões). The factor of ten is where the slip happens, so the figure is converted in the suggestion.
 */
const CHINESE_UNIT = /(?<![\p{L}\d.,])(\d+(?:[.,]\d+)?) (dez mil|cem milhões|cem milhão|dez milhares|centenas de milhões)(?![\p{L}])/gu;

/** Every pattern below needs a digit or a magnitude word. */
const HAS_NUMBER_WORD = /\d|mil|bilh|bili|trilh|trili/;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("; ", start), 0);
  const stop = text.indexOf(". ", end);
  return text.slice(from, stop === -1 ? text.length : stop);
}

function currencyName(word: string): string {
  const lower = word.toLowerCase();
  if (/^(?:yuans?|renminbi|rmb)$/.test(lower)) return "yuans";
  return lower;
}

function thousandsSeparator(locale: Locale): string {
  return locale === "pt-PT" ? " " : ".";
}

function europeanBillion(number: string | undefined, word: string): string {
  const european = word.startsWith("tri") ? (word.endsWith("ão") ? "bilião" : "biliões") : "mil milhões";
  return number && !(number === "1" && european === "mil milhões") ? `${number} ${european}` : european;
}

function brazilianBillion(number: string | undefined, word: string): string {
  const plural = !number || number !== "1";
  const brazilian = word === "mil milhões" ? (plural ? "bilhões" : "bilhão") : plural ? "trilhões" : "trilhão";
  return number ? `${number} ${brazilian}` : brazilian;
}

function convertChineseUnit(number: string, unit: string, locale: Locale): string {
  const value = Number(number.replace(",", "."));
  const scaled = unit.startsWith("dez") ? value * 10_000 : value * 100_000_000;
  const format = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
  if (scaled >= 1e9) return locale === "pt-PT" ? `${format(scaled / 1e9)} mil milhões` : `${format(scaled / 1e9)} ${scaled / 1e9 >= 2 ? "bilhões" : "bilhão"}`;
  if (scaled >= 1e6) return `${format(scaled / 1e6)} ${scaled / 1e6 >= 2 ? "milhões" : "milhão"}`;
  return `${format(scaled / 1e3)} mil`;
}

export const numbersCurrency: Check = {
  id: "numbers-currency",
  title: "Numbers and currency",
  description:
    "Two currencies in one amount, Chinese magnitudes (万, 亿) multiplied twice, English number separators, and billions of the other Portuguese variant (bilhão is 10^9 in Brazil, 10^12 in Portugal).",
  category: "Accuracy",
  mqm: "Accuracy / Mistranslation",
  defaultSeverity: "major",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "two-currencies": "Duas moedas no mesmo montante.",
    "completed-amount": "Uma quantia não se conclui: no chinês, 完成…融资 é concluir uma ronda de financiamento, e a tradução deixou cair o «financiamento».",
    "stacked-magnitudes": "Ordens de grandeza acumuladas: confirme o valor (万 = 10 mil, 亿 = 100 milhões).",
    "chinese-unit": "Unidade chinesa traduzida à letra (万 = 10 mil, 亿 = 100 milhões): o valor fica errado por um fator de dez ou mais.",
    "decimal-point": "Ponto decimal à inglesa.",
    "english-separators": "Separadores de milhares e decimais à inglesa.",
    "brazilian-billion": "Em português europeu, «bilhão» é um milhão de milhões; 10^9 é «mil milhões».",
    "european-billion": "Em português do Brasil, 10^9 é «bilhão».",
    "english-billion": "Em português europeu, um bilião é um milhão de milhões (10^12): para uma empresa ou um fundo é quase sempre o «billion» inglês, «mil milhões».",
    "english-trillion": "Em português europeu, «trilião» é 10^18: o «trillion» inglês (10^12) é «bilião».",
  },
  examples: {
    bad: [
      { text: "Compromisso de dívida de US$ 366,924 milhões em Renminbi." },
      { text: "A receita foi de 100 milhões milhões de yuans." },
      { text: "A empresa vendeu 5 dez mil unidades e captou 1,2 cem milhões de yuans." },
      { text: "A avaliação ultrapassou 1.2 milhões de euros." },
      { text: "A receita foi de 1,234,567 euros." },
      { text: "Totalizando cerca de 2,065 bilhões de yuans.", locale: "pt-PT" },
      { text: "Totalizando cerca de 2,065 mil milhões de reais.", locale: "pt-BR" },
      { text: "O mercado chinês vale 2,1 triliões de dólares.", locale: "pt-PT" },
      { text: "A cidade criou um fundo de 2 biliões de yuans para startups.", locale: "pt-PT" },
      { text: "A startup de chips completou 500 milhões de yuans na ronda B." },
    ],
    good: [
      { text: "Compromisso de dívida de 366,924 milhões de yuans, ou US$ 51 milhões." },
      { text: "Captaram 4,2 mil milhões de dólares, e 2 milhões e 500 mil euros.", locale: "pt-PT" },
      { text: "O PIB da China ronda os 18 biliões de dólares.", locale: "pt-PT" },
      { text: "A startup concluiu uma ronda de 500 milhões de yuans e completou o financiamento de 1 bilhão de RMB.", locale: "pt-BR" },
      { text: "Captaram 4,2 bilhões de dólares; a versão GPT-3.5 custa 1.200 reais.", locale: "pt-BR" },
    ],
  },
  run(paragraph, context) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    if (!HAS_NUMBER_WORD.test(text)) return flags;
    const add = (start: number, end: number, messageId: string, suggestion: string, severity?: Flag["severity"]) =>
      flags.push(makeFlag(numbersCurrency, text, start, end, messageId, {}, [suggestion], severity));

    for (const m of text.matchAll(TWO_CURRENCIES)) {
      const [whole, number, magnitude, word] = m;
      const amount = magnitude ? `${number} ${magnitude}` : number;
      add(m.index, m.index + whole.length, "two-currencies", `${amount} de ${currencyName(word)}`);
    }
    for (const m of text.matchAll(STACKED_MAGNITUDE)) {
      if (/^mil (?:milhões|milhão|biliões|bilião|bilhões|bilhão)$/.test(m[0])) continue;
      const words = m[0].split(" ");
      // With a number between them the amount lost its "e" ("1 bilhão e 10 mil"); without, one magnitude is doubled.
      const fixed = m[1] ? `${words[0]} e ${words.slice(1).join(" ")}` : words[1];
      add(m.index, m.index + m[0].length, "stacked-magnitudes", fixed);
    }
    for (const m of text.matchAll(COMPLETED_AMOUNT)) {
      const verb = CONCLUDED[m[1].toLowerCase()];
      const round = context.locale === "pt-BR" ? "rodada" : "ronda";
      add(m.index, m.index + m[0].length, "completed-amount", `${verb} uma ${round} de financiamento de ${m[2]}`, "minor");
    }
    for (const m of text.matchAll(CHINESE_UNIT)) {
      add(m.index, m.index + m[0].length, "chinese-unit", convertChineseUnit(m[1], m[2], context.locale));
    }
    for (const m of text.matchAll(DECIMAL_POINT)) {
      add(m.index, m.index + m[0].length, "decimal-point", `${m[1]},${m[2]}`, "minor");
    }
    for (const m of text.matchAll(COMMA_GROUPS)) {
      const [integer, decimals] = m[0].split(".");
      const fixed = integer.replaceAll(",", thousandsSeparator(context.locale)) + (decimals ? `,${decimals}` : "");
      add(m.index, m.index + m[0].length, "english-separators", fixed, "minor");
    }
    const [billion, convert, messageId] =
      context.locale === "pt-PT" ? [BRAZILIAN_BILLION, europeanBillion, "brazilian-billion"] : [EUROPEAN_BILLION, brazilianBillion, "european-billion"];
    for (const m of text.matchAll(billion)) {
      add(m.index, m.index + m[0].length, messageId, convert(m[1], m[2]));
    }
    if (context.locale === "pt-PT") {
      for (const m of text.matchAll(EUROPEAN_TRILLION_FIGURE)) {
        if (MACRO_SCALE.test(sentenceAround(text, m.index, m.index + m[0].length))) continue;
        add(m.index, m.index + m[0].length, "english-billion", m[1] === "1" ? "mil milhões" : `${m[1]} mil milhões`, "minor");
      }
      for (const m of text.matchAll(EUROPEAN_TRILLION)) {
        add(m.index, m.index + m[0].length, "english-trillion", m[0].replace(/trili(ão|ões)/, (_, e: string) => (e === "ão" ? "bilião" : "biliões")), "minor");
      }
    }
    return flags;
  },
};
