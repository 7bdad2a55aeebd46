import type { Category, Flag, Locale } from "@/lib/domain";
import type { AnnotatedText } from "./annotated-text";
import { languageName } from "./languages";
import { categoryId, ruleId } from "./rule-id";

/** What a rule's entry needs from a check's meta. */
export interface RuleInfo {
  title: string;
  category: Category;
  mqm: string;
}

export interface LanguageToolMatch {
  message: string;
  shortMessage: string;
  replacements: { value: string }[];
  offset: number;
  length: number;
  context: { text: string; offset: number; length: number };
  sentence: string;
  type: { typeName: "UnknownWord" | "Other" };
  rule: { id: string; subId: string; description: string; issueType: string; category: { id: string; name: string } };
  ignoreForIncorrectSpelling: boolean;
  contextForSureMatch: number;
}

export interface LanguageToolResponse {
  software: { name: string; version: string; buildDate: string; apiVersion: 1; status: string; premium: false };
  warnings: { incompleteResults: boolean };
  language: { name: string; code: Locale; detectedLanguage: { name: string; code: Locale; confidence: number } };
  matches: LanguageToolMatch[];
}

// The localisation-quality issue types (ITS 2.0) that LanguageTool's clients colour matches by.
const ISSUE_TYPES: [prefix: string, issueType: string][] = [
  ["Accuracy / Untranslated", "untranslated"],
  ["Accuracy", "mistranslation"],
  ["Terminology", "terminology"],
  ["Linguistic conventions / Spelling", "misspelling"],
  ["Linguistic conventions / Grammar", "grammar"],
  ["Linguistic conventions / Character encoding", "characters"],
  ["Linguistic conventions", "typographical"],
  ["Style", "style"],
  ["Locale conventions", "locale-violation"],
  ["Design and markup / Markup tag", "markup"],
  ["Design and markup", "formatting"],
];

export function issueType(mqm: string): string {
  return ISSUE_TYPES.find(([prefix]) => mqm.startsWith(prefix))?.[1] ?? "uncategorized";
}

const CONTEXT_CHARS = 40;

function contextOf(text: string, start: number, end: number) {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const lead = from > 0 ? "..." : "";
  const window = lead + text.slice(from, to).replace(/\n/g, " ") + (to < text.length ? "..." : "");
  return { text: window, offset: lead.length + start - from, length: end - start };
}

const sentences = new Intl.Segmenter("pt", { granularity: "sentence" });

function sentenceFinder(text: string) {
  const bounds = [...sentences.segment(text)].map((s) => ({ start: s.index, text: s.segment }));
  return (offset: number) => {
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bounds[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return bounds[lo]?.text.trim() ?? "";
  };
}

export interface ResponseInput {
  document: AnnotatedText;
  /** Offsets into `document.plain`. */
  flags: Flag[];
  rules: ReadonlyMap<string, RuleInfo>;
  locale: Locale;
  detected: { locale: Locale; confidence: number };
  version: string;
  buildDate: string;
}

export function languageToolResponse(input: ResponseInput): LanguageToolResponse {
  const sentenceAt = sentenceFinder(input.document.plain);
  const matches = input.flags.map((flag): LanguageToolMatch => {
    const rule = input.rules.get(flag.check)!;
    const { offset, length } = input.document.toSource(flag.start, flag.end);
    return {
      message: flag.message,
      shortMessage: rule.title,
      replacements: flag.suggestions.map((value) => ({ value })),
      offset,
      length,
      context: contextOf(input.document.plain, flag.start, flag.end),
      sentence: sentenceAt(flag.start),
      type: { typeName: flag.check === "spelling" ? "UnknownWord" : "Other" },
      rule: {
        id: ruleId(flag.check),
        subId: flag.messageId,
        description: rule.title,
        issueType: issueType(rule.mqm),
        category: { id: categoryId(rule.category), name: rule.category },
      },
      ignoreForIncorrectSpelling: false,
      contextForSureMatch: 0,
    };
  });
  return {
    software: { name: "Lapidar", version: input.version, buildDate: input.buildDate, apiVersion: 1, status: "", premium: false },
    warnings: { incompleteResults: false },
    language: {
      name: languageName(input.locale),
      code: input.locale,
      detectedLanguage: { name: languageName(input.detected.locale), code: input.detected.locale, confidence: input.detected.confidence },
    },
    matches,
  };
}
