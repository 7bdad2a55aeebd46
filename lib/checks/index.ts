import type { Check, CheckContext, CheckParagraph } from "@/lib/checks/types";
import { EMPTY_CONFIG, mergeConfigs, resolveConfig, type FlaggerConfig } from "@/lib/checks/config";
import { buildContext } from "@/lib/checks/context";
import { calque } from "@/lib/checks/calque";
import { cjkResidue } from "@/lib/checks/cjk-residue";
import { conceptRenderings } from "@/lib/checks/concept-renderings";
import { englishAcronym } from "@/lib/checks/english-acronym";
import { englishLeft } from "@/lib/checks/english-left";
import { entitySpellings } from "@/lib/checks/entity-spellings";
import { glossaryCheck } from "@/lib/checks/glossary";
import { grammarArticleOrder } from "@/lib/checks/grammar-article-order";
import { grammarConnective } from "@/lib/checks/grammar-connective";
import { grammarGender } from "@/lib/checks/grammar-gender";
import { hybridName } from "@/lib/checks/hybrid-name";
import { knownEntity } from "@/lib/checks/known-entity";
import { localeVariant } from "@/lib/checks/locale-variant";
import { numbersCurrency } from "@/lib/checks/numbers-currency";
import { pinyinName } from "@/lib/checks/pinyin-name";
import { siteBoilerplate } from "@/lib/checks/site-boilerplate";
import type { SourceInput } from "@/lib/checks/source-context";
import { sourceLeftover } from "@/lib/checks/source-leftover";
import { sourceNames } from "@/lib/checks/source-names";
import { sourceNumbers } from "@/lib/checks/source-numbers";
import { sourceOmission } from "@/lib/checks/source-omission";
import { spelling } from "@/lib/checks/spelling";
import { spellingPreAgreement } from "@/lib/checks/spelling-pre-agreement";
import { typoBrokenSentence } from "@/lib/checks/typo-broken-sentence";
import { typoFunctionWordCase } from "@/lib/checks/typo-function-word-case";
import { typoMojibake } from "@/lib/checks/typo-mojibake";
import { typoPunctuation } from "@/lib/checks/typo-punctuation";
import { typoQuotes } from "@/lib/checks/typo-quotes";
import { typoRepeatedWord } from "@/lib/checks/typo-repeated-word";
import { typoSentenceCase } from "@/lib/checks/typo-sentence-case";
import { typoSpacing } from "@/lib/checks/typo-spacing";
import { foreignLeft } from "@/lib/checks/foreign-left";
import { literalName } from "@/lib/checks/literal-name";
import { markupResidue } from "@/lib/checks/markup-residue";
import { quotedJargon } from "@/lib/checks/quoted-jargon";
import { typoGluedWords } from "@/lib/checks/typo-glued-words";
import { restatementsOf, withoutRestated } from "@/lib/checks/restated-flags";
import { loadSpeller, type Speller } from "@/lib/text/speller";
import type { Flag, Locale, ParagraphKind } from "@/lib/domain";
import type { GlossaryTerm } from "@/lib/glossary/types";

/** Every check, sorted by id. Add a check by importing it above and inserting it here in order. */
export const CHECKS: readonly Check[] = [
  calque,
  cjkResidue,
  conceptRenderings,
  englishAcronym,
  englishLeft,
  entitySpellings,
  foreignLeft,
  glossaryCheck,
  grammarArticleOrder,
  grammarConnective,
  grammarGender,
  hybridName,
  knownEntity,
  literalName,
  localeVariant,
  markupResidue,
  numbersCurrency,
  pinyinName,
  quotedJargon,
  siteBoilerplate,
  sourceLeftover,
  sourceNames,
  sourceNumbers,
  sourceOmission,
  spelling,
  spellingPreAgreement,
  typoBrokenSentence,
  typoFunctionWordCase,
  typoGluedWords,
  typoMojibake,
  typoPunctuation,
  typoQuotes,
  typoRepeatedWord,
  typoSentenceCase,
  typoSpacing,
];

export const CHECK_IDS: readonly string[] = CHECKS.map((c) => c.id);

export interface FlagArticleInput {
  locale: Locale;
  paragraphs: { kind: ParagraphKind; text: string }[];
  glossary?: GlossaryTerm[];
  /** Words the spelling check accepts: ignored in this article, or in the installation's dictionary. */
  acceptedWords?: readonly string[];
  /** Per-article settings, layered over the installation's. */
  config?: FlaggerConfig;
  /** The Chinese original and its alignment, for the source-aware checks (silent without it). */
  source?: SourceInput;
}

export interface Flagger {
  checks: readonly Check[];
  /** One array of flags per paragraph, each sorted by start offset. */
  flagArticle(input: FlagArticleInput): Flag[][];
}

export interface LoadFlaggerOptions {
  /** Installation settings (see config.ts). */
  config?: FlaggerConfig;
  /** Locales whose dictionaries to load; an article in another locale is checked without spelling. */
  locales?: Locale[];
  /** Tests of the checks themselves run without dictionaries. */
  spelling?: boolean;
}

/** Loads the dictionaries once per process and returns a synchronous flagger. */
export async function loadFlagger(options: LoadFlaggerOptions = {}): Promise<Flagger> {
  const locales = options.spelling === false ? [] : (options.locales ?? (["pt-PT", "pt-BR"] as Locale[]));
  const spellers = new Map<Locale, Speller>();
  const [english] = await Promise.all([
    locales.length > 0 ? loadSpeller("en") : null,
    ...locales.map(async (locale) => spellers.set(locale, await loadSpeller(locale))),
  ]);
  return createFlagger(spellers, options.config ?? EMPTY_CONFIG, CHECKS, english);
}

export function createFlagger(spellers: ReadonlyMap<Locale, Speller>, installation: FlaggerConfig, checks: readonly Check[] = CHECKS, english: Speller | null = null): Flagger {
  // Resolved once: most articles bring no settings of their own.
  const installed = resolveConfig(installation, checks);
  return {
    checks,
    flagArticle(input) {
      const { settings, options } = input.config ? resolveConfig(mergeConfigs(installation, input.config), checks) : installed;
      const active = checks.filter((c) => settings.get(c.id)!.enabled);
      const exclusive = active.filter((c) => c.exclusive);
      const others = active.filter((c) => !c.exclusive);
      const restates = restatementsOf(others);
      const context = buildContext(input, spellers.get(input.locale) ?? null, english, options);
      return context.paragraphs.map((paragraph) => {
        const claimed = runAll(exclusive, paragraph, context);
        // Site text is excluded from export: an editor needs to know why, not every garble inside it.
        const flags = claimed.length > 0 || paragraph.kind === "boilerplate" ? claimed : withoutRestated(runAll(others, paragraph, context), restates);
        for (const flag of flags) {
          const setting = settings.get(flag.check)!;
          const severity = setting.messages[flag.messageId] ?? setting.severity;
          if (severity) flag.severity = severity;
        }
        return flags.sort((a, b) => a.start - b.start || a.end - b.end);
      });
    },
  };
}

/** Every check's flags on one paragraph, in check order: a loop, as flatMap over 30 mostly empty arrays cost more than several checks. */
function runAll(checks: readonly Check[], paragraph: CheckParagraph, context: CheckContext): Flag[] {
  const flags: Flag[] = [];
  for (const check of checks) {
    const found = check.run(paragraph, context);
    for (let i = 0; i < found.length; i++) flags.push(found[i]);
  }
  return flags;
}
