import type { CleanHeader } from "./clean-article";
import { LABELS } from "./labels";

/** The header as label/value pairs, in print order, for the renderers that lay it out themselves. */
export function headerFields(header: CleanHeader): { label: string; value: string; url?: string }[] {
  const fields: { label: string; value: string; url?: string }[] = [];
  if (header.author) fields.push({ label: LABELS.author, value: header.author });
  if (header.date) fields.push({ label: LABELS.date, value: header.date });
  if (header.source || header.sourceUrl) {
    fields.push({ label: LABELS.source, value: header.source ?? header.sourceUrl ?? "", url: header.sourceUrl ?? undefined });
  }
  fields.push({ label: LABELS.locale, value: header.locale });
  return fields;
}
