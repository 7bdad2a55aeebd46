import type { Currency, Figure } from "./zh-numbers";

/** Figures in Portuguese text, both variants: "120 milhões", "1,2 mil milhões", "1,2 bilhão", "15%", "US$ 3 mil milhões". */

const SMALL_WORDS: Record<string, number> = {
  um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
  onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezasseis: 16, dezesseis: 16,
  dezassete: 17, dezessete: 17, dezoito: 18, dezanove: 19, dezenove: 19, vinte: 20, trinta: 30, quarenta: 40,
  cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100,
};

const NUMBER = String.raw`\d{1,3}(?:[.  ]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?`;
const WORD = Object.keys(SMALL_WORDS).sort((a, b) => b.length - a.length).join("|");
const MAGNITUDE = "mil milhões|mil bilhões|milhões|milhão|mil|bilhões|bilhão|biliões|bilião|trilhões|trilhão|triliões|trilião";
const CURRENCY_BEFORE = String.raw`US\$|HK\$|NT\$|R\$|\$|€|¥|£|RMB|CNY|USD|EUR|HKD`;
const CURRENCY_AFTER =
  "dólares de Hong Kong|dólares americanos|dólares norte-americanos|dólares|dólar|yuans?|iuanes|iuans?|renminbis?|RMB|euros?|ienes|iene|libras?|dólares taiwaneses";

const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:(${CURRENCY_BEFORE}) ?)?(?:(${NUMBER})|(${WORD}))(?: (${MAGNITUDE}))?(?![\p{L}\d])(?: ?(%|por cento))?(?: (?:de )?(${CURRENCY_AFTER})(?![\p{L}]))?`,
  "dgiu",
);

function magnitude(word: string | undefined, brazilian: boolean): number {
  switch (word?.toLowerCase()) {
    case undefined:
      return 1;
    case "mil":
      return 1e3;
    case "milhão":
    case "milhões":
      return 1e6;
    case "mil milhões":
      return 1e9;
    case "bilhão":
    case "bilhões":
      return brazilian ? 1e9 : 1e12;
    case "mil bilhões":
      return 1e12;
    case "bilião":
    case "biliões":
      return 1e12;
    case "trilhão":
    case "trilhões":
      return brazilian ? 1e12 : 1e18;
    default:
      return 1e18;
  }
}

function currencyOf(word: string | undefined): Currency | null {
  if (!word) return null;
  const lower = word.toLowerCase();
  if (/^(?:us\$|usd|\$|dólar|dólares(?: americanos| norte-americanos)?)$/.test(lower)) return "USD";
  if (/^(?:hk\$|hkd|dólares de hong kong)$/.test(lower)) return "HKD";
  if (/^(?:nt\$|dólares taiwaneses)$/.test(lower)) return "TWD";
  if (/^(?:€|eur|euros?)$/.test(lower)) return "EUR";
  if (/^(?:£|libras?)$/.test(lower)) return "GBP";
  if (/^(?:ienes?|iene)$/.test(lower)) return "JPY";
  return "CNY";
}

/** "1.200" and "1 200" group thousands, "1,2" is a decimal; "1.2" (English decimal) is read as written. */
function numberValue(raw: string): number {
  const compact = raw.replace(/[  ]/g, "");
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(compact)) return Number(compact.replace(/\./g, "").replace(",", "."));
  return Number(compact.replace(",", "."));
}

/** Every figure of a Portuguese paragraph, with UTF-16 offsets. */
export function portugueseFigures(text: string, brazilian: boolean): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [whole, before, digits, word, scale, percent, after] = match;
    // A lone small number word ("um", "uma") is an article far more often than a figure.
    if (word && !scale && !percent && !after && SMALL_WORDS[word.toLowerCase()] <= 2) continue;
    const base = digits ? numberValue(digits) : SMALL_WORDS[word.toLowerCase()];
    figures.push({
      start: match.index,
      end: match.index + whole.length,
      value: base * magnitude(scale, brazilian),
      percent: Boolean(percent),
      currency: currencyOf(before ?? after),
      month: false,
      spelled: !digits,
      numberStart: match.indices![digits ? 2 : 3][0],
      numberEnd: match.indices![scale ? 4 : digits ? 2 : 3][1],
    });
  }
  return figures;
}

/** A value written as Portuguese news writes it: "120 milhões", "1,2 mil milhões" (pt-PT) or "1,2 bilhão" (pt-BR). */
export function formatPortugueseValue(value: number, brazilian: boolean): string {
  const locale = brazilian ? "pt-BR" : "pt-PT";
  const format = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
  if (value >= 1e12 && !brazilian) return `${format(value / 1e12)} ${value / 1e12 >= 2 ? "biliões" : "bilião"}`;
  if (value >= 1e12) return `${format(value / 1e12)} ${value / 1e12 >= 2 ? "trilhões" : "trilhão"}`;
  if (value >= 1e9) return brazilian ? `${format(value / 1e9)} ${value / 1e9 >= 2 ? "bilhões" : "bilhão"}` : `${format(value / 1e9)} mil milhões`;
  if (value >= 1e6) return `${format(value / 1e6)} ${value / 1e6 >= 2 ? "milhões" : "milhão"}`;
  if (value >= 1e4 && value % 1000 === 0) return `${format(value / 1e3)} mil`;
  return format(value);
}

/** Whether two values are the same figure, allowing the rounding a translation makes ("1,23 亿" as "123 milhões"). */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  const larger = Math.max(Math.abs(a), Math.abs(b));
  return larger > 0 && Math.abs(a - b) / larger < 0.006;
}
