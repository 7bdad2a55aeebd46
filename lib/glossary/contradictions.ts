/** What a glossary says about forms: each entry's preferred form is right, its variants are wrong. */
export interface GlossaryForms {
  preferred: string;
  variants: string[];
}

const lower = (form: string) => form.toLowerCase();

/**
 * The variants of a proposed entry that the glossary leaves open: a variant the glossary already lists for
 * that preferred form is known, a variant it calls right or sends to another preferred form contradicts it.
 * Null when the proposed preferred form is itself one the glossary calls wrong.
 */
export function openVariants(suggestion: GlossaryForms, glossary: readonly GlossaryForms[]): string[] | null {
  const preferred = lower(suggestion.preferred);
  const right = new Set(glossary.map((e) => lower(e.preferred)));
  const wrongFor = new Map<string, Set<string>>();
  for (const entry of glossary) {
    for (const variant of entry.variants) {
      const targets = wrongFor.get(lower(variant)) ?? new Set<string>();
      targets.add(lower(entry.preferred));
      wrongFor.set(lower(variant), targets);
    }
  }
  if ([...(wrongFor.get(preferred) ?? [])].some((target) => target !== preferred)) return null;
  return suggestion.variants.filter((variant) => !right.has(lower(variant)) && !wrongFor.has(lower(variant)));
}
