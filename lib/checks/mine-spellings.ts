import { buildContext } from "@/lib/checks/context";
import { analyseEntities, formKey } from "@/lib/checks/entity-analysis";
import { suggestionKey } from "@/lib/glossary/identity";
import { excerpt, MAX_EVIDENCE_PARAGRAPHS, type MinedSuggestion } from "@/lib/glossary/suggestion";
import type { Locale, ParagraphKind } from "@/lib/domain";
import type { Speller } from "@/lib/text/speller";

export interface ArticleForMining {
  id: number;
  locale: Locale;
  paragraphs: { position: number; kind: ParagraphKind; text: string }[];
}

/**
 * The flagger's "one entity, several spellings" groups as suggestions: the spelling used most is preferred,
 * the others become its variants. A tie has no majority; the first spelling seen is proposed and the
 * reviewer can swap before accepting.
 */
export function mineSpellings(article: ArticleForMining, speller: Speller | null = null): MinedSuggestion[] {
  const context = buildContext({ locale: article.locale, paragraphs: article.paragraphs }, speller);
  const { preferredFor } = analyseEntities(context);
  if (preferredFor.size === 0) return [];
  const spans = new Map<string, typeof context.names>();
  for (const span of context.names) {
    const key = formKey(span.text);
    const list = spans.get(key);
    if (list) list.push(span);
    else spans.set(key, [span]);
  }
  const groups = groupForms(preferredFor);
  const suggestions: MinedSuggestion[] = [];
  const firstSeen = (key: string) => context.names.indexOf(spans.get(key)![0]);
  for (const group of groups) {
    const keys = [...group].filter((k) => spans.has(k));
    if (keys.length < 2) continue;
    keys.sort((a, b) => spans.get(b)!.length - spans.get(a)!.length || firstSeen(a) - firstSeen(b));
    const [preferred, ...variants] = keys.map((k) => spans.get(k)![0].text);
    const all = [preferred, ...variants];
    const occurrences = all.flatMap((form) => spans.get(formKey(form)) ?? []);
    suggestions.push({
      key: suggestionKey(preferred, variants),
      preferred,
      variants,
      type: "entity",
      origin: "spellings",
      evidence: {
        count: occurrences.length,
        forms: Object.fromEntries(all.map((f) => [f, spans.get(formKey(f))?.length ?? 0])),
        paragraphs: occurrences
          .filter((s) => variants.some((v) => formKey(v) === formKey(s.text)))
          .slice(0, MAX_EVIDENCE_PARAGRAPHS)
          .map((s) => ({
            articleId: article.id,
            position: article.paragraphs[s.paragraph].position,
            excerpt: excerpt(context.paragraphs[s.paragraph].text, s.start, s.end),
          })),
      },
    });
  }
  return suggestions;
}

/** Form keys that name one entity, as sets: a form's preferred spellings and itself belong together. */
function groupForms(preferredFor: Map<string, { forms: string[] }>): Set<Set<string>> {
  const groupOf = new Map<string, Set<string>>();
  for (const [key, { forms }] of preferredFor) {
    const members = [key, ...forms.map(formKey)];
    const group = members.map((m) => groupOf.get(m)).find((g) => g !== undefined) ?? new Set<string>();
    for (const member of members) {
      const other = groupOf.get(member);
      if (other && other !== group) {
        for (const x of other) {
          group.add(x);
          groupOf.set(x, group);
        }
      }
      group.add(member);
      groupOf.set(member, group);
    }
  }
  return new Set(groupOf.values());
}
