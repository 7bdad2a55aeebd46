import { useTranslations } from "next-intl";
import { decodeRevisionNote } from "@/lib/domain/revision-note";

/** A revision's note in the reader's language: a note the server wrote by key, or a person's words as they are. */
export function useRevisionNote() {
  const t = useTranslations("workspace");
  const checks = useTranslations("checks");
  const word = (text: string): string => {
    const note = decodeRevisionNote(text);
    if (!note) return text;
    const values: Record<string, string | number> = { ...note.values };
    if (typeof values.check === "string" && checks.has(`${values.check}.title`)) values.check = checks(`${values.check}.title`);
    for (const side of ["from", "to"] as const) if (typeof values[side] === "string" && t.has(`kind.${values[side]}`)) values[side] = t(`kind.${values[side]}`);
    if (typeof values.original === "string") values.original = word(values.original);
    return t(`history.notes.${note.key}`, values);
  };
  return word;
}
