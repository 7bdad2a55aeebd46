/**
 * Metadata lines scrapers keep above or below the article: "Autor|Liu Yangnan", "Fonte: Reuters",
 * "Por Marta Figueiredo", "Publicado em 3 de março", "Link original: https://…". They fill the
 * article's fields and stay in the article as metadata paragraphs.
 */

export type MetadataField = "author" | "sourceName" | "sourceUrl";

export interface MetadataLine {
  /** null for lines that are metadata but fill no field (a date). */
  field: MetadataField | null;
  value: string;
  /** A date the line gives beside its field ("Autor: Liu Yangnan · 30 de junho de 2023"), kept out of the value. */
  date?: string;
}

const KEYS: [RegExp, MetadataField | null][] = [
  [/^(autor|autora|autores|author|authors|escrito por|texto|reportagem|redação|redator|redatora|作者|记者|文)$/i, "author"],
  [/^(fonte|fontes|source|origem|publicação|veículo|来源|出处)$/i, "sourceName"],
  [/^(link|url|link original|url original|original url|original link|ligação original|原文链接|原文地址)$/i, "sourceUrl"],
  [/^(publicado( em)?|published( on)?|data|date|atualizado( em)?|updated( on)?|发布时间|时间)$/i, null],
];

const URL = /https?:\/\/[^\s<>"”»]+/i;
const MONTHS = "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez|january|february|march|april|june|july|august|september|october|november|december";
/** "30 de junho de 2023", "2023-06-30 14:05", "12/03/2024", "há 3 horas", "ontem": the whole part is a date or a time. */
const DATE = new RegExp(
  `^(?:\\d{1,2}\\.? (?:de )?(?:${MONTHS})\\.?(?: (?:de )?\\d{4})?|(?:${MONTHS}) \\d{1,2},? \\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}年\\d{1,2}月\\d{1,2}日|há \\d+ \\p{L}+|ontem|hoje)(?:,? (?:às )?\\d{1,2}[:h]\\d{2})?$`,
  "iu",
);
/** What scrapers put between a byline's parts. */
const PART_SEPARATOR = /\s*(?:[·•|–—]|\s-\s|,)\s*/u;

/** The value without a date that trails it ("Liu Yangnan · 30 de junho de 2023"); a comma between names stays. */
function splitDate(value: string): { value: string; date?: string } {
  const parts = value.split(PART_SEPARATOR);
  const last = parts.at(-1)!;
  if (parts.length < 2 || !DATE.test(last)) return { value };
  const rest = value.slice(0, value.lastIndexOf(last)).replace(/[\s·•|–—,-]+$/u, "");
  return rest ? { value: rest, date: last } : { value };
}
const MAX_VALUE_LENGTH = 150;

export function parseMetadataLine(text: string): MetadataLine | null {
  const line = text.trim();
  if (line.includes("\n") || line.length > MAX_VALUE_LENGTH + 30) return null;

  const keyed = /^([^|:：]{1,30}?)\s*[|:：]\s*(.+)$/u.exec(line);
  if (keyed) {
    const key = KEYS.find(([pattern]) => pattern.test(keyed[1].trim()));
    if (key) return withUrlField(key[1], keyed[2].trim());
  }

  const published = /^(publicado|published|atualizado|updated)\s+(em|on|a|às)?\s*(.+)$/i.exec(line);
  if (published && /\d/.test(published[3]) && !/[.!?]$/.test(line)) return { field: null, value: published[3].trim() };

  // A byline: "Por Marta Figueiredo" / "By Jane Doe, in Beijing" — a capitalised name, not a sentence.
  const byline = /^(?:[Pp]or|[Bb]y)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|da|do|dos|das|e|van|von|\p{Lu}[\p{L}'’.-]*)){0,5})(?:\s*[,|–—-]\s*.{0,60})?$/u.exec(line);
  if (byline && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 10) {
    const date = splitDate(line).date;
    return { field: "author", value: byline[1].trim(), ...(date ? { date } : {}) };
  }

  return null;
}

function withUrlField(field: MetadataField | null, value: string): MetadataLine | null {
  if (!value || value.length > MAX_VALUE_LENGTH) return null;
  const url = URL.exec(value)?.[0];
  if (field === "sourceUrl") return url ? { field, value: url } : null;
  if (field === "sourceName" && url && url === value) return { field: "sourceUrl", value: url };
  return field ? { field, ...splitDate(value) } : { field, value };
}
