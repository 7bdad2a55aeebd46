import { detectLocale } from "@/lib/checks/detect-locale";
import type { Flag, Locale } from "@/lib/domain";
import type { Db } from "@/lib/data/db";
import { dictionaryWordsFor } from "@/lib/data/dictionary";
import { glossaryTermsFor } from "@/lib/data/glossary";
import type { CheckRequest } from "@/lib/languagetool/check-request";
import { languageToolResponse, type LanguageToolResponse, type RuleInfo } from "@/lib/languagetool/check-response";
import { categoryId, ruleMatches } from "@/lib/languagetool/rule-id";
import packageJson from "../../package.json";
import { getFlagger } from "./review-flags";

interface Line {
  start: number;
  text: string;
}

/** A client's text is checked as an article whose paragraphs are its lines, so article-wide checks see all of it. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const body = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (body.trim() !== "") lines.push({ start, text: body });
    start += line.length + 1;
  }
  return lines;
}

function chooseLocale(request: CheckRequest, lines: Line[]): { locale: Locale; detected: { locale: Locale; confidence: number } } {
  const guess = detectLocale(lines.map((l) => l.text));
  const total = guess.scores["pt-PT"] + guess.scores["pt-BR"];
  const detectedLocale = guess.locale ?? ("locale" in request.language ? request.language.locale : request.language.detect[0]);
  const confidence = guess.locale && total > 0 ? Math.max(guess.scores["pt-PT"], guess.scores["pt-BR"]) / total : 0.5;
  const detected = { locale: detectedLocale, confidence: Math.round(confidence * 100) / 100 };
  return { locale: "locale" in request.language ? request.language.locale : detectedLocale, detected };
}

function wanted(request: CheckRequest, flag: Flag): boolean {
  if (request.enabledOnly) return ruleMatches(request.enabledRules, flag.check);
  if (ruleMatches(request.disabledRules, flag.check)) return false;
  return !request.disabledCategories.has(categoryId(flag.category));
}

/**
 * The flagger over a client's text, with the installation's glossary and dictionary, answered in LanguageTool's
 * shape so that an editor plug-in written for LanguageTool shows Lapidar's checks.
 */
export async function checkTextForApi(db: Db, request: CheckRequest): Promise<LanguageToolResponse> {
  const lines = linesOf(request.document.plain);
  const { locale, detected } = chooseLocale(request, lines);
  const [flagger, glossary, acceptedWords] = await Promise.all([getFlagger(), glossaryTermsFor(db, locale), dictionaryWordsFor(db, locale)]);
  const perLine = flagger.flagArticle({ locale, glossary, acceptedWords, paragraphs: lines.map((l) => ({ kind: "body", text: l.text })) });
  const flags = perLine.flatMap((lineFlags, i) =>
    lineFlags.filter((f) => wanted(request, f)).map((f) => ({ ...f, start: f.start + lines[i].start, end: f.end + lines[i].start })),
  );
  const rules = new Map<string, RuleInfo>(flagger.checks.map((c) => [c.id, { title: c.title, category: c.category, mqm: c.mqm }]));
  return languageToolResponse({ document: request.document, flags, rules, locale, detected, version: packageJson.version, buildDate: "" });
}
