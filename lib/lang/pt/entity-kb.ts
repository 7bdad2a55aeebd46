import { z } from "zod";
import companies from "./entities/companies.json";
import institutions from "./entities/institutions.json";
import international from "./entities/international.json";
import investors from "./entities/investors.json";
import media from "./entities/media.json";
import people from "./entities/people.json";
import places from "./entities/places.json";
import products from "./entities/products.json";

export const ENTITY_TYPES = ["company", "investor", "institution", "product", "place", "media", "person"] as const;
export const MISRENDERING_KINDS = ["pinyin", "hybrid", "literal", "order", "misspelling", "truncated"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type MisrenderingKind = (typeof MISRENDERING_KINDS)[number];

/**
 * For a misrendering that is also ordinary Portuguese ("Glória", "Ideal"): it is flagged only when written with the
 * capitals of `text` (mid-sentence, where a capital marks a name) and when the article names one of `requires`.
 */
const misrenderingContext = z.strictObject({
  asWritten: z.literal(true),
  requires: z.array(z.string().min(1)).min(1),
});

const misrenderingSchema = z.strictObject({ text: z.string().min(1), kind: z.enum(MISRENDERING_KINDS), context: misrenderingContext.optional() });

export const entitySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case ASCII with hyphens"),
  zh: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  names: z.array(z.string().min(1)).min(1),
  misrenderings: z.array(misrenderingSchema).default([]),
});

export const entityFileSchema = z.strictObject({ entities: z.array(entitySchema) });

export type Entity = z.infer<typeof entitySchema>;
export type MisrenderingContext = z.infer<typeof misrenderingContext>;

export function parseEntityFile(json: unknown, name: string): Entity[] {
  const result = entityFileSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 10).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Entity knowledge base ${name}: ${issues.join("; ")}`);
  }
  return result.data.entities;
}

const FILES: [string, unknown][] = [
  ["companies", companies],
  ["institutions", institutions],
  ["international", international],
  ["investors", investors],
  ["media", media],
  ["people", people],
  ["places", places],
  ["products", products],
];

let loaded: Entity[] | null = null;

/** Every entity of the shipped knowledge base, validated once per process; ids are unique across files. */
export function knownEntities(): Entity[] {
  if (loaded) return loaded;
  const all = FILES.flatMap(([name, json]) => parseEntityFile(json, `${name}.json`));
  const seen = new Set<string>();
  for (const entity of all) {
    if (seen.has(entity.id)) throw new Error(`Entity knowledge base: the id "${entity.id}" is used twice`);
    seen.add(entity.id);
  }
  loaded = all;
  return all;
}
