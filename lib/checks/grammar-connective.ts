import { z } from "zod";
import { LETTER_OR_MARK, matchesNotAfter } from "@/lib/text/scan";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

const CONNECTIVES = "Além disso|No entanto|Portanto|Contudo|Entretanto|Todavia|Porém|Assim|Ou seja|Por exemplo|Por outro lado|Por isso|Afinal|Aliás";
/** "entretanto" and "logo" are left out: they also mean "meanwhile" and "soon". */
const ADVERSATIVE = "mas|porém|contudo|todavia|no entanto";
const CONCLUSIVE = "portanto|então|por isso|assim sendo";

/** A stray preposition or article glued before a sentence connective: "Em Além disso". */
// This and STACKED are scanned with matchesNotAfter(…, LETTER_OR_MARK): a leading (?<![\p{L}\p{M}]) at a third of the cost.
const STRAY_BEFORE_CONNECTIVE = new RegExp(`(?:Em|De|Para|No|Na|O|A|E) (${CONNECTIVES})(?![\\p{L}\\p{M}])`, "gu");

/** Two connectives of the same meaning in a row: "No entanto, mas", "Portanto, então". */
const STACKED = new RegExp(
  `(?:(${ADVERSATIVE}),? (?:${ADVERSATIVE})|(${CONCLUSIVE}),? (?:${CONCLUSIVE}))(?![\\p{L}\\p{M}])`,
  "giu",
);

/**
 * 虽然…但是 and 因为…所以 rendered word for word: "Embora X, mas Y", "Porque X, portanto Y".
 * Only when the connective follows the first comma, so "Apesar de caro, vendeu, mas…" stays clean.
 */
const CONCESSIVE_OPENER = /(?<![\p{L}\p{M}])(?:(embora|apesar de|ainda que)|(porque|visto que|já que))/giu;
const CLAUSE_STOP = /[.!?;,]/g;
const ADVERSATIVE_HALF = /, (?:mas|porém) /iy;
const CONCLUSIVE_HALF = /, (?:portanto|por isso|então) /iy;

/**
 * The second halves of paired clauses, as one regex with "[^.!?;,]*" between the halves found them. A scan: that
 * regex ran from every opener to the clause's end, so a clause of a thousand "embora" took quadratic time. Every
 * opener in a clause reaches the same stop, found once per clause.
 */
function* pairedClauses(text: string): Generator<{ start: number; connective: string }> {
  let stop = -1;
  CONCESSIVE_OPENER.lastIndex = 0;
  for (let m = CONCESSIVE_OPENER.exec(text); m !== null; m = CONCESSIVE_OPENER.exec(text)) {
    const end = m.index + m[0].length;
    if (stop < end) {
      CLAUSE_STOP.lastIndex = end;
      const found = CLAUSE_STOP.exec(text);
      if (!found) return;
      stop = found.index;
    }
    const half = m[1] !== undefined ? ADVERSATIVE_HALF : CONCLUSIVE_HALF;
    half.lastIndex = stop;
    const second = half.exec(text);
    if (second) {
      yield { start: stop, connective: second[0] };
      CONCESSIVE_OPENER.lastIndex = stop + second[0].length;
    } else CONCESSIVE_OPENER.lastIndex = m.index + 1;
  }
}

/** The second half of a paired clause always follows a comma: no such comma, no need for the long pattern. */
const PAIRED_SECOND_HALVES = [", mas ", ", porém ", ", portanto ", ", por isso ", ", então "];
const mayPairClauses = (lower: string) => PAIRED_SECOND_HALVES.some((half) => lower.includes(half));

export const grammarConnective: Check = {
  id: "grammar-connective",
  title: "Garbled connective",
  description:
    "Connectives stacked or paired as in Chinese: \"Em Além disso\", \"No entanto, mas\", \"Embora X, mas Y\" (虽然…但是), \"Porque X, portanto Y\" (因为…所以).",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Grammar",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "stray-word": "Palavra a mais antes do conector.",
    stacked: "Dois conectores com o mesmo sentido.",
    paired: "Conector duplicado à maneira chinesa (虽然…但是 / 因为…所以).",
  },
  examples: {
    bad: [
      { text: "A engenharia é a chave. Em Além disso, os utilizadores podem usar grafos." },
      { text: "Embora o mercado tenha abrandado, mas os investidores continuam otimistas." },
      { text: "No entanto, mas o valor não é grande." },
    ],
    good: [
      { text: "A engenharia é a chave. Além disso, os utilizadores podem usar grafos." },
      { text: "Embora o mercado tenha abrandado, os investidores continuam otimistas, mas cautelosos." },
    ],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    for (const m of matchesNotAfter(STRAY_BEFORE_CONNECTIVE, text, LETTER_OR_MARK)) {
      flags.push(makeFlag(grammarConnective, text, m.index, m.index + m[0].length, "stray-word", {}, [m[1]]));
    }
    for (const m of matchesNotAfter(STACKED, text, LETTER_OR_MARK)) {
      const kept = m[1] ?? m[2];
      flags.push(makeFlag(grammarConnective, text, m.index, m.index + m[0].length, "stacked", {}, [kept]));
    }
    for (const { start, connective } of mayPairClauses(text.toLowerCase()) ? pairedClauses(text) : []) {
      flags.push(
        makeFlag(grammarConnective, text, start, start + connective.length, "paired", {}, [", "]),
      );
    }
    return flags;
  },
};
