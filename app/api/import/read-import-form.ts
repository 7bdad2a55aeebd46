import { z } from "zod";
import type { ImportInput } from "@/lib/import";
import { MAX_TITLE_LENGTH } from "@/lib/validation/limits";

const fieldsSchema = z.object({
  locale: z.enum(["detect", "pt-PT", "pt-BR"], { message: "localeUnknown" }).default("detect"),
  title: z
    .string()
    .trim()
    .max(MAX_TITLE_LENGTH, { message: "titleFieldTooLong" })
    .optional(),
  encoding: z.enum(["gb18030", "windows-1252"]).optional(),
  removeControlCharacters: z.literal("yes").optional(),
  /**
   * `check`: the import page asks to be told when the article is already there (nothing is stored then);
   * `import`: the user saw that and imports it anyway. Other clients of the route import as they always did.
   */
  duplicate: z.enum(["check", "import"]).optional(),
});

export type ImportFields = z.infer<typeof fieldsSchema>;

/** A refusal names its key in `import.server.errors`; the route words it in the reader's language. */
export type ImportForm = { ok: true; input: ImportInput; fields: ImportFields } | { ok: false; error: { key: string; values?: Record<string, number> } };

/**
 * The import form's fields and what to import. A chosen file counts even when empty (its own refusal says
 * so); a file and pasted text together are refused, since the page asks which one is meant.
 */
export async function readImportForm(form: FormData): Promise<ImportForm> {
  const fields = fieldsSchema.safeParse({
    locale: form.get("locale") || undefined,
    title: form.get("title") || undefined,
    encoding: form.get("encoding") || undefined,
    removeControlCharacters: form.get("removeControlCharacters") || undefined,
    duplicate: form.get("duplicate") || undefined,
  });
  if (!fields.success) return { ok: false, error: { key: fields.error.issues[0].message, values: { max: MAX_TITLE_LENGTH } } };
  const file = form.get("file");
  const text = form.get("text");
  const chosen = file instanceof File && (file.size > 0 || file.name !== "") ? file : null;
  const pasted = typeof text === "string" && text.trim() ? text : null;
  if (chosen && pasted) return { ok: false, error: { key: "bothSources" } };
  if (chosen) {
    return { ok: true, fields: fields.data, input: { kind: "file", bytes: new Uint8Array(await chosen.arrayBuffer()), filename: chosen.name, mediaType: chosen.type } };
  }
  if (pasted) return { ok: true, fields: fields.data, input: { kind: "text", text: pasted } };
  return { ok: false, error: { key: "nothingToImport" } };
}
