import type { UiLocale } from "@/lib/i18n/config";
import { catalogueTranslator } from "@/lib/i18n/catalogue-translator";
import type { RowError, RowProblem, WordedRowError } from "./types";

/**
 * What is wrong with a row, from the `glossary.file` catalogue: the import route words it in the reader's
 * language, the command line in English. A bad header names its missing and unknown columns, each part only when
 * there is one.
 */
export function rowProblemText(locale: UiLocale, problem: RowProblem): string {
  const t = catalogueTranslator(locale, "glossary.file");
  if (problem.key === "badHeader") {
    const { missing, unknown, columns } = problem.values as Record<string, string>;
    const parts = [missing ? t("header.missing", { columns: missing }) : "", unknown ? t("header.unknown", { columns: unknown }) : ""].filter(Boolean);
    return t("badHeader", { problems: parts.join("; "), columns });
  }
  return t(problem.key, problem.values);
}

export function rowErrorText(locale: UiLocale, error: RowError): WordedRowError {
  return { line: error.line, message: error.problems.map((problem) => rowProblemText(locale, problem)).join(" ") };
}

/** The errors as lines of text ("line 4: …"), for the command line. */
export function describeRowErrors(locale: UiLocale, errors: RowError[]): string {
  const t = catalogueTranslator(locale, "glossary.io");
  return errors.map((error) => t("line", { ...rowErrorText(locale, error) })).join("\n");
}
