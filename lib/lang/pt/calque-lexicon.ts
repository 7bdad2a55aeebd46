import { z } from "zod";
import business from "./calques/business.json";
import financeCrypto from "./calques/finance-crypto.json";
import government from "./calques/government.json";
import internetSlang from "./calques/internet-slang.json";
import setPhrase from "./calques/set-phrase.json";
import technology from "./calques/technology.json";

export const CALQUE_DOMAINS = ["business", "technology", "internet-slang", "finance-crypto", "government", "set-phrase"] as const;
export type CalqueDomain = (typeof CALQUE_DOMAINS)[number];

const words = z.array(z.string().min(1)).default([]);

// One position of a rendering: alternatives joined by "|", each a word (a trailing "*" for a prefix), the whole
// position optional in parentheses. A space always starts a new position, so "(de forma)" or "real|de verdade"
// would silently mean something else: they are refused here rather than never matching.
const ALTERNATIVE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*\*?$/u;

function renderingProblem(rendering: string): string | null {
  for (const position of rendering.split(" ")) {
    const inner = /^\((.*)\)$/.exec(position)?.[1] ?? position;
    const bad = inner.split("|").find((alternative) => !ALTERNATIVE.test(alternative));
    if (bad !== undefined) return `«${rendering}»: «${position}» is not a position (words joined by |, optional in parentheses, * only at the end)`;
  }
  return null;
}

const rendering = z.string().min(1).superRefine((value, ctx) => {
  const problem = renderingProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const calqueConceptSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case ASCII with hyphens"),
  zh: z.string().min(1),
  gloss: z.string().min(1),
  renderings: z.array(rendering).min(1),
  anyOrder: z.boolean().optional(),
  suggest: z.strictObject({ "pt-PT": z.array(z.string().min(1)).min(1), "pt-BR": z.array(z.string().min(1)).min(1) }),
  severity: z.enum(["major", "minor", "info"]),
  context: z
    .strictObject({ requires: words, excludes: words, notFollowedBy: words, notPrecededBy: words })
    .optional(),
  examples: z.strictObject({ bad: z.array(z.string().min(1)).min(1), good: z.array(z.string().min(1)).min(1) }),
});

export const calqueFileSchema = z.strictObject({
  domain: z.enum(CALQUE_DOMAINS),
  concepts: z.array(calqueConceptSchema),
});

export type CalqueConcept = z.infer<typeof calqueConceptSchema> & { domain: CalqueDomain };

/** Parses one lexicon file; a malformed file is an error naming the file, the concept and the field. */
export function parseCalqueFile(json: unknown, name: string): CalqueConcept[] {
  const result = calqueFileSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 10).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Calque lexicon ${name}: ${issues.join("; ")}`);
  }
  return result.data.concepts.map((c) => ({ ...c, domain: result.data.domain }));
}

const FILES: [string, unknown][] = [
  ["business", business],
  ["finance-crypto", financeCrypto],
  ["government", government],
  ["internet-slang", internetSlang],
  ["set-phrase", setPhrase],
  ["technology", technology],
];

let loaded: CalqueConcept[] | null = null;

/** Every concept of the shipped lexicon, validated once per process; ids are unique across files. */
export function calqueConcepts(): CalqueConcept[] {
  if (loaded) return loaded;
  const all = FILES.flatMap(([name, json]) => parseCalqueFile(json, `${name}.json`));
  const seen = new Set<string>();
  for (const concept of all) {
    if (seen.has(concept.id)) throw new Error(`Calque lexicon: the id "${concept.id}" is used twice`);
    seen.add(concept.id);
  }
  loaded = all;
  return all;
}

/** One rendering's positions: alternatives, and whether the position may be left out ("(o|a)"). */
export interface RenderingSlot {
  alternatives: string[];
  optional: boolean;
}

export function parseRendering(rendering: string): RenderingSlot[] {
  return rendering
    .trim()
    .split(/\s+/)
    .map((word) => {
      const optional = word.startsWith("(") && word.endsWith(")");
      const inner = optional ? word.slice(1, -1) : word;
      return { alternatives: inner.split("|").filter(Boolean), optional };
    });
}

/** Every sequence of positions a rendering stands for: optional positions in or out, and both orders of two words when asked. */
export function expandRendering(rendering: string, anyOrder = false): string[][][] {
  let sequences: RenderingSlot[][] = [[]];
  for (const slot of parseRendering(rendering)) {
    const withIt = sequences.map((s) => [...s, { ...slot, optional: false }]);
    sequences = slot.optional ? [...sequences, ...withIt] : withIt;
  }
  const result = sequences.filter((s) => s.length > 0).map((s) => s.map((slot) => slot.alternatives));
  if (!anyOrder) return result;
  const reversed = result.filter((s) => s.length === 2).map((s) => [s[1], s[0]]);
  return [...result, ...reversed];
}
