import { charEdits } from "./char-edit-rate";
import { chrf, corpusChrf } from "./chrf";
import { corpusTer, ter } from "./ter";

/** How much the reviewer changed the machine text: the machine text is the hypothesis, the final text the reference. */
export interface EditEffort {
  changed: boolean;
  charEditRate: number;
  /** HTER: TER against the reviewer's own post-edit. */
  ter: number;
  /** The text was too long or repetitive for a full shift search: `ter` is an upper bound. */
  terLimited: boolean;
  chrf: number;
}

export function editEffort(machineText: string, finalText: string): EditEffort {
  const { edits, refChars } = charEdits(machineText, finalText);
  const hter = ter(machineText, finalText);
  return {
    changed: machineText !== finalText,
    charEditRate: edits / Math.max(1, refChars),
    ter: hter.score,
    terLimited: hter.limited,
    chrf: chrf(machineText, finalText),
  };
}

export interface ArticleEditEffort extends EditEffort {
  paragraphs: number;
  changedParagraphs: number;
}

/** Article figures pool the paragraphs (total edits over total reference length) rather than averaging rates. */
export function articleEditEffort(pairs: readonly { machineText: string; finalText: string }[]): ArticleEditEffort {
  let edits = 0;
  let refChars = 0;
  let changedParagraphs = 0;
  for (const { machineText, finalText } of pairs) {
    const one = charEdits(machineText, finalText);
    edits += one.edits;
    refChars += one.refChars;
    if (machineText !== finalText) changedParagraphs++;
  }
  const hypRef = pairs.map((p) => ({ hyp: p.machineText, ref: p.finalText }));
  const hter = corpusTer(hypRef);
  return {
    changed: changedParagraphs > 0,
    charEditRate: edits / Math.max(1, refChars),
    ter: hter.score,
    terLimited: hter.limited,
    chrf: corpusChrf(hypRef),
    paragraphs: pairs.length,
    changedParagraphs,
  };
}
