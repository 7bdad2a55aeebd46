import type { Db } from "@/lib/data/db";
import { glossaryTermsFor } from "@/lib/data/glossary";
import { getReportData } from "@/lib/data/report";
import { acceptedWordsFor, getFlagger } from "@/lib/services/review-flags";
import type { ReportInput } from "@/lib/report/types";
import type { Flag } from "@/lib/domain";

/**
 * The server-side entry to everything in this folder: reads the article and, when asked, runs the
 * checks over both the machine text and the current text (the report compares the two). The
 * cleaned-article formats need no flags and skip the checks.
 */
export async function loadReportInput(db: Db, articleId: number, { flags }: { flags: boolean }): Promise<ReportInput | null> {
  const data = await getReportData(db, articleId);
  if (!data) return null;
  let machine: Flag[][] = [];
  let current: Flag[][] = [];
  if (flags) {
    const { locale } = data.article;
    const [flagger, glossary, acceptedWords] = await Promise.all([getFlagger(), glossaryTermsFor(db, locale), acceptedWordsFor(db, { id: articleId, locale })]);
    machine = flagger.flagArticle({ locale, glossary, acceptedWords, paragraphs: data.paragraphs.map((p) => ({ kind: p.kind, text: p.machineText })) });
    current = flagger.flagArticle({ locale, glossary, acceptedWords, paragraphs: data.paragraphs.map((p) => ({ kind: p.kind, text: p.currentText })) });
  }
  return {
    ...data,
    paragraphs: data.paragraphs.map((p, i) => ({ ...p, machineFlags: machine[i] ?? [], currentFlags: current[i] ?? [] })),
  };
}
