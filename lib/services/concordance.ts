import { correctedAs, type Correction } from "@/lib/concordance/corrected-as";
import { CONCORDANCE_COUNT_CAP, CONCORDANCE_PAGE_SIZE, CONCORDANCE_READ } from "@/lib/concordance/limits";
import { findOccurrences, parsePhrase, type Occurrence } from "@/lib/concordance/phrase";
import { searchConcordance, type ConcordanceRow } from "@/lib/data/concordance";
import type { Db } from "@/lib/data/db";
import type { ConcordanceQueryInput } from "@/lib/validation/concordance";


export interface ConcordanceHit extends ConcordanceRow {
  inMachine: Occurrence[];
  inCurrent: Occurrence[];
  /** What the current text has where the machine text had the phrase (first occurrence); null when only the current text has it. */
  correction: Correction | null;
}

export interface CorrectionCount {
  text: string;
  count: number;
}

export interface ConcordanceResult {
  words: string[];
  total: number;
  read: number;
  /** Machine occurrences a reviewer left as they were. */
  kept: number;
  /** What reviewers wrote instead, most frequent first; "" is a deletion. */
  corrections: CorrectionCount[];
  hits: ConcordanceHit[];
  page: number;
  pages: number;
}

function tally(hits: ConcordanceHit[]): { kept: number; corrections: CorrectionCount[] } {
  const counts = new Map<string, CorrectionCount>();
  let kept = 0;
  for (const hit of hits) {
    if (!hit.correction) continue;
    if (!hit.correction.changed) {
      kept++;
      continue;
    }
    const key = hit.correction.text.toLocaleLowerCase("pt");
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { text: hit.correction.text, count: 1 });
  }
  return { kept, corrections: [...counts.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, "pt")) };
}

/** The concordance: every article's texts searched for a phrase, and how reviewers corrected it. */
export async function lookUpPhrase(db: Db, input: ConcordanceQueryInput): Promise<ConcordanceResult> {
  const phrase = parsePhrase(input.q)!;
  const { rows, total } = await searchConcordance(db, { words: phrase.words, scope: input.scope, locale: input.locale, excludeArticleId: input.exclude, limit: CONCORDANCE_READ, countCap: CONCORDANCE_COUNT_CAP });
  const hits = rows.map((row): ConcordanceHit => {
    const inMachine = findOccurrences(row.machineText, phrase);
    const inCurrent = row.currentText === row.machineText ? inMachine : findOccurrences(row.currentText, phrase);
    const correction = inMachine.length > 0 ? correctedAs(row.machineText, row.currentText, inMachine[0]) : null;
    return { ...row, inMachine, inCurrent, correction };
  });
  const pages = Math.max(1, Math.ceil(hits.length / CONCORDANCE_PAGE_SIZE));
  const page = Math.min(input.page, pages);
  return {
    words: phrase.words,
    total,
    read: hits.length,
    ...tally(hits),
    hits: hits.slice((page - 1) * CONCORDANCE_PAGE_SIZE, page * CONCORDANCE_PAGE_SIZE),
    page,
    pages,
  };
}
