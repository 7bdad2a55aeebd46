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
}

const KEYS: [RegExp, MetadataField | null][] = [
  [/^(autor|autora|autores|author|authors|escrito por|texto|reportagem|redação|redator|redatora|作者|记者|文)$/i, "author"],
  [/^(fonte|fontes|source|origem|publicação|veículo|来源|出处)$/i, "sourceName"],
  [/^(link|url|link original|url original|original url|original link|ligação original|原文链接|原文地址)$/i, "sourceUrl"],
  [/^(publicado( em)?|published( on)?|data|date|atualizado( em)?|updated( on)?|发布时间|时间)$/i, null],
];

const URL = /https?:\/\/[^\s<>"”»]+/i;
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
  if (byline && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 10) return { field: "author", value: byline[1].trim() };

  return null;
}

function withUrlField(field: MetadataField | null, value: string): MetadataLine | null {
  if (!value || value.length > MAX_VALUE_LENGTH) return null;
  const url = URL.exec(value)?.[0];
  if (field === "sourceUrl") return url ? { field, value: url } : null;
  if (field === "sourceName" && url && url === value) return { field: "sourceUrl", value: url };
  return { field, value };
}
