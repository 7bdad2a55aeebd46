import type { UiLocale } from "@/lib/i18n/config";
import { catalogueTranslator, type CatalogueTranslator } from "@/lib/i18n/catalogue-translator";
import { isRefusalKey, issuesText } from "@/lib/i18n/refusal-wording";
import type { BackupProblem, BackupRefusal } from "./refusal";

const MAX_LISTED_PROBLEMS = 5;

/** Zod's own issues that no rule of the backup words, by their code; anything else is plainly "not valid". */
const ISSUE_KEYS: Partial<Record<string, string>> = { invalid_type: "invalidType", invalid_value: "invalidValue", invalid_format: "invalidFormat" };

/** A refused backup in the `backup` catalogue: the restore route words it in the reader's language, the command line in English. */
export function backupRefusalText(locale: UiLocale, refusal: BackupRefusal): string {
  const t = catalogueTranslator(locale, "backup");
  if (refusal.key !== "damaged") return t(`refusal.${refusal.key}`, "values" in refusal ? refusal.values : undefined);
  const shown = refusal.problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => t("at", { at: problem.at || t("file"), problem: problemText(t, locale, problem) }));
  return t("refusal.damaged", { problems: shown.join("; "), more: refusal.problems.length - shown.length });
}

function problemText(t: CatalogueTranslator, locale: UiLocale, problem: BackupProblem): string {
  if (!("issue" in problem)) return t(`problem.${problem.key}`, problem.values);
  const { issue } = problem;
  if (/^\w+$/.test(issue.message) && t.has(`problem.${issue.message}`)) return t(`problem.${issue.message}`);
  // Rules shared with the forms (a paragraph's text, a word) and zod's limits are worded as the forms word them.
  if (isRefusalKey(issue.message) || issue.code === "too_big" || issue.code === "too_small") return issuesText(locale, [issue]);
  return t(`problem.${ISSUE_KEYS[issue.code] ?? "invalid"}`);
}
