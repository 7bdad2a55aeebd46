import type { Db } from "@/lib/data/db";
import { listParagraphTexts, listRevisionsForParagraphs } from "@/lib/data/paragraphs";
import type { SaveOutcome } from "./run-load";

export interface SaveVerification {
  accepted: number;
  conflicts: number;
  errors: number;
  /** Accepted saves with no revision of that version, text and author: a lost update. */
  lost: string[];
  /** Refused saves whose text was stored anyway: a silent overwrite. */
  leaked: string[];
  /** Paragraphs whose current text is not their newest accepted save. */
  wrongCurrent: string[];
}

/** Checks the database against what the server told each reviewer. */
export async function verifySaves(db: Db, outcomes: readonly SaveOutcome[]): Promise<SaveVerification> {
  const ids = [...new Set(outcomes.map((o) => o.paragraphId))];
  const revisions = await listRevisionsForParagraphs(db, { paragraphIds: ids });
  const stored = new Set(revisions.map((r) => `${r.paragraphId}|${r.version}|${r.authorId}|${r.text}`));
  const storedTexts = new Set(revisions.map((r) => `${r.paragraphId}|${r.text}`));
  const accepted = outcomes.filter((o) => o.kind === "accepted");
  const lost = accepted
    .filter((o) => !stored.has(`${o.paragraphId}|${o.version}|${o.userId}|${o.text}`))
    .map((o) => `paragraph ${o.paragraphId} v${o.version}`);
  const leaked = outcomes
    .filter((o) => o.kind === "conflict" && storedTexts.has(`${o.paragraphId}|${o.text}`))
    .map((o) => `paragraph ${o.paragraphId}: ${o.text.slice(-24)}`);

  const newest = new Map<number, (typeof accepted)[number]>();
  for (const o of accepted) if ((newest.get(o.paragraphId)?.version ?? 0) < o.version) newest.set(o.paragraphId, o);
  const paragraphs = await listParagraphTexts(db, { paragraphIds: [...newest.keys()] });
  const wrongCurrent = paragraphs
    .filter((p) => p.version !== newest.get(p.id)!.version || p.currentText !== newest.get(p.id)!.text)
    .map((p) => `paragraph ${p.id}`);

  return {
    accepted: accepted.length,
    conflicts: outcomes.filter((o) => o.kind === "conflict").length,
    errors: outcomes.filter((o) => o.kind === "error").length,
    lost,
    leaked,
    wrongCurrent,
  };
}
