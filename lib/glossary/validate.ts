import { z } from "zod";
import { GLOSSARY_LOCALES, GLOSSARY_TYPES, type GlossaryEntryData, type RowProblem } from "./types";

/** Trims and collapses inner whitespace: two spellings that differ only in spacing are one form. */
export function cleanForm(form: string): string {
  return form.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** One limit for an entry's variants, which the lexicon's seeded entries respect too. */
export const MAX_VARIANTS_PER_ENTRY = 200;

const form = z.string().transform(cleanForm).pipe(z.string().min(1, "A form cannot be empty.").max(200, "Forms are at most 200 characters."));

const optionalText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ? v.trim() : "") || null)
    .pipe(z.string().max(max, `At most ${max} characters.`).nullable());

/** The one definition of a valid entry: forms, files and the command line all go through it. */
export const glossaryEntrySchema = z
  .object({
    preferred: form,
    variants: z.array(z.string()).max(MAX_VARIANTS_PER_ENTRY, `At most ${MAX_VARIANTS_PER_ENTRY} variants.`).default([]),
    sourceTerm: optionalText(200).default(null),
    type: z.enum(GLOSSARY_TYPES as [GlossaryEntryData["type"], ...GlossaryEntryData["type"][]], { message: "Type must be entity, term or calque." }),
    caseSensitive: z.boolean().default(false),
    locale: z.enum(GLOSSARY_LOCALES as [GlossaryEntryData["locale"], ...GlossaryEntryData["locale"][]], { message: "Locale must be both, pt-PT or pt-BR." }).default("both"),
    note: optionalText(2000).default(null),
  })
  .transform((entry, ctx): GlossaryEntryData => {
    const seen = new Set<string>();
    const variants: string[] = [];
    for (const raw of entry.variants) {
      const variant = cleanForm(raw);
      const key = variant.toLowerCase();
      if (!variant || seen.has(key)) continue;
      if (variant === entry.preferred) {
        ctx.addIssue({ code: "custom", message: "variantIsPreferred", params: { problem: "variantIsPreferred", variant } });
        continue;
      }
      seen.add(key);
      variants.push(variant);
    }
    return { ...entry, variants };
  });

export type GlossaryEntryInput = z.input<typeof glossaryEntrySchema>;

/**
 * What a file row breaks, one problem per issue, named by a key of the `glossary.file` catalogue with the field
 * (as the schema names it) and the limit or value, so that the import words it in the reader's language.
 */
export function entryProblems(error: z.ZodError): RowProblem[] {
  const problems = error.issues.map((issue): RowProblem => {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "entry";
    if (issue.code === "custom" && issue.params?.problem === "variantIsPreferred") return { key: "variantIsPreferred", values: { variant: String(issue.params.variant) } };
    if (issue.code === "too_small" && issue.origin === "string") return { key: "emptyForm", values: { field } };
    if (issue.code === "too_big") return { key: issue.origin === "array" ? "tooManyVariants" : "tooLong", values: { field, max: Number(issue.maximum) } };
    if (issue.code === "invalid_value" && field === "type") return { key: "badType", values: { field } };
    if (issue.code === "invalid_value" && field === "locale") return { key: "badLocale", values: { field } };
    return { key: "invalidField", values: { field } };
  });
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = JSON.stringify(p);
    return !seen.has(id) && (seen.add(id), true);
  });
}
