import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { CHECKS, type FlagArticleInput } from "@/lib/checks";
import { mergeConfigs, resolveConfig, type FlaggerConfig } from "@/lib/checks/config";
import { buildContext, type ArticleInput } from "@/lib/checks/context";
import type { Check } from "@/lib/checks/types";
import type { Flag, Locale } from "@/lib/domain";
import type { Speller } from "@/lib/text/speller";
import { restatementsOf, withoutRestated } from "@/lib/checks/restated-flags";
import { PARAGRAPH_LOCAL_CHECKS } from "./paragraph-checks";

export type IncrementalInput = FlagArticleInput & Pick<ArticleInput, "source">;

export interface RunControl {
  /** `skipKey(check, paragraph)` pairs not to run: they ran out of time before. */
  skip?: ReadonlySet<string>;
  /**
   * Called before every check that actually runs, with its index in `checks`, so a watchdog knows where time
   * goes; (-1, -1) while the article's facts are computed.
   */
  onCheck?: (check: number, paragraph: number) => void;
}

export interface IncrementalRun {
  /** One array per paragraph, sorted by start offset: the flags `Flagger.flagArticle` gives. */
  flags: Flag[][];
  /** Paragraph-local check runs answered from earlier texts, and those computed now. */
  reused: number;
  computed: number;
}

export interface IncrementalFlagger {
  checks: readonly Check[];
  flagArticle(input: IncrementalInput, control?: RunControl): IncrementalRun;
}

export const skipKey = (check: string, paragraph: number) => `${check}\u0000${paragraph}`;

/** Everything besides its own text that a paragraph-local check reads. */
function settingsKey(input: IncrementalInput): string {
  return createHash("sha1")
    .update(input.locale)
    .update("\u0001")
    .update(JSON.stringify(input.glossary ?? []))
    .update("\u0001")
    .update(JSON.stringify([...(input.acceptedWords ?? [])].sort()))
    .update("\u0001")
    .update(JSON.stringify(input.config ?? null))
    .digest("base64");
}

// Paragraph texts are what the memo holds: bounded by their total length, not their count.
const MEMO_CHARACTERS = 40_000_000;

/**
 * The flagger of `lib/checks`, answering a save without a whole-article run: article-wide facts (name spans,
 * entity groups, positions) are recomputed and the checks that read them run everywhere, while the
 * paragraph-local checks run only on texts they have not seen under the same settings.
 */
export function createIncrementalFlagger(
  spellers: ReadonlyMap<Locale, Speller>,
  installation: FlaggerConfig,
  checks: readonly Check[] = CHECKS,
  english: Speller | null = null,
): IncrementalFlagger {
  const installed = resolveConfig(installation, checks);
  const memo = new LRUCache<string, Map<string, Flag[]>>({ maxSize: MEMO_CHARACTERS, sizeCalculation: (_, key) => Math.max(1, key.length) });
  const position = new Map(checks.map((c, i) => [c, i]));
  return {
    checks,
    flagArticle(input, control = {}) {
      const { settings, options } = input.config ? resolveConfig(mergeConfigs(installation, input.config), checks) : installed;
      const active = checks.filter((c) => settings.get(c.id)!.enabled);
      const exclusive = active.filter((c) => c.exclusive);
      const others = active.filter((c) => !c.exclusive);
      const restates = restatementsOf(others);
      control.onCheck?.(-1, -1);
      const context = buildContext(input, spellers.get(input.locale) ?? null, english, options);
      const prefix = settingsKey(input);
      const counts = { reused: 0, computed: 0 };

      const flags = context.paragraphs.map((paragraph) => {
        const key = `${prefix}\u0001${paragraph.kind}\u0002${paragraph.text}`;
        let known = memo.get(key);
        if (!known) memo.set(key, (known = new Map()));
        const local = known;
        const run = (check: Check): Flag[] => {
          if (control.skip?.has(skipKey(check.id, paragraph.index))) return [];
          const isLocal = PARAGRAPH_LOCAL_CHECKS.has(check.id);
          const kept = isLocal ? local.get(check.id) : undefined;
          if (kept) {
            counts.reused++;
            return kept;
          }
          control.onCheck?.(position.get(check)!, paragraph.index);
          const found = check.run(paragraph, context);
          if (isLocal) {
            local.set(check.id, found);
            counts.computed++;
          }
          return found;
        };
        const claimed = exclusive.flatMap(run);
        // Site text is excluded from export: an editor needs to know why, not every garble inside it.
        const list = claimed.length > 0 || paragraph.kind === "boilerplate" ? claimed : withoutRestated(others.flatMap(run), restates);
        for (const flag of list) {
          const setting = settings.get(flag.check)!;
          const severity = setting.messages[flag.messageId] ?? setting.severity;
          if (severity) flag.severity = severity;
        }
        return list.sort((a, b) => a.start - b.start || a.end - b.end);
      });
      return { flags, ...counts };
    },
  };
}
