import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadFlagger } from "@/lib/checks";
import { loadCorpora, type EvalDocument } from "./corpora";
import { percent, perThousand, scoreCorpus, type CorpusScore } from "./score";

/**
 * `npm run eval`: the flagger on labelled corpora — the seed article's label sample and the development corpus
 * (read from ../shared), our own labelled cases and native controls (tests/fixtures). Prints recall by category,
 * flags per 1,000 words on native text and precision against the labels, and writes docs/flagger-quality.md.
 */
const verbose = process.argv.includes("--verbose");
const flagger = await loadFlagger();
const documents = await loadCorpora();
const flagsOf = (d: EvalDocument) => flagger.flagArticle({ locale: d.locale, paragraphs: d.paragraphs });

const corpora = ["seed", "dev", "own", "native"];
const scores = corpora.map((c) => scoreCorpus(c, documents.filter((d) => d.corpus === c), flagsOf));
const [seed, dev, own, native] = scores;

const lines: string[] = [];
const caughtOf = (s: CorpusScore, catchable?: boolean) => {
  const labels = s.labels.filter((l) => catchable === undefined || l.group.catchable === catchable);
  return { caught: labels.filter((l) => l.caught).length, total: labels.length };
};
const cell = ({ caught, total }: { caught: number; total: number }) => `${caught} / ${total} (${percent(caught, total)})`;

lines.push("| corpus | documents | words | labels | catchable caught | all labels caught | flags | major+ | flags on a label |", "|---|---|---|---|---|---|---|---|---|");
for (const s of [seed, dev, own]) {
  lines.push(`| ${s.corpus} | ${s.documents} | ${s.words} | ${s.labels.length} | ${cell(caughtOf(s, true))} | ${cell(caughtOf(s))} | ${s.flags} | ${s.serious} | ${percent(s.onLabels, s.flags)} |`);
}
lines.push("", "Recall by category (catchable categories first):", "", "| category | seed | dev | own |", "|---|---|---|---|");
const groups = [...new Map(scores.flatMap((s) => s.labels).map((l) => [l.group.name, l.group])).values()].sort((a, b) => Number(b.catchable) - Number(a.catchable) || a.name.localeCompare(b.name));
for (const group of groups) {
  const row = [seed, dev, own].map((s) => {
    const labels = s.labels.filter((l) => l.group.name === group.name);
    return labels.length ? cell({ caught: labels.filter((l) => l.caught).length, total: labels.length }) : "";
  });
  lines.push(`| ${group.name}${group.catchable ? "" : " (not catchable)"} | ${row.join(" | ")} |`);
}
const nativeMajor = native.falseAlarms.filter((a) => a.flag.severity === "major" || a.flag.severity === "critical").length;
lines.push(
  "",
  `Native Portuguese controls: ${native.documents} texts, ${native.words} words, ${native.flags} flags (${perThousand(native.flags, native.words)} per 1,000 words), ${nativeMajor} major or critical (${perThousand(nativeMajor, native.words)} per 1,000 words). Goal: at most 4 and 1.`,
);
const labelled = [dev, own];
const flagsOnLabelled = labelled.reduce((n, s) => n + s.flags, 0);
const onLabels = labelled.reduce((n, s) => n + s.onLabels, 0);
lines.push(`Precision against the labels (dev + own): ${onLabels} of ${flagsOnLabelled} flags overlap a label (${percent(onLabels, flagsOnLabelled)}); the labels are not exhaustive, so this is a lower bound.`);

const lost = scores.flatMap((s) => s.lost);
if (lost.length) lines.push("", `Labels not found in the imported text (${lost.length}): ${lost.join("; ")}`);

const doc = [
  "# Flagger quality",
  "",
  "Written by `npm run eval` (scripts/eval). Corpora: the seed article with its label sample and the development corpus",
  "(`../shared/fixtures`), our own labelled cases (`tests/fixtures/eval-cases`) and native Portuguese controls",
  "(`tests/fixtures/native` and the clean fixture). Every file is split exactly as the importer splits it. A label is caught",
  "when a flag of a fitting check overlaps it (a boilerplate label also when its paragraph is marked boilerplate).",
  "\"Catchable\" labels are those a heuristic can catch without the Chinese source: names, calques, English and other",
  "languages left in, residue, punctuation, boilerplate, non-words and number units.",
  "",
  ...lines,
  "",
  `Measured on ${new Date().toISOString().slice(0, 10)}.`,
  "",
];
writeFileSync(path.resolve(import.meta.dirname, "..", "..", "docs", "flagger-quality.md"), doc.join("\n"));

if (verbose) {
  for (const s of [seed, dev, own]) for (const l of s.labels.filter((x) => !x.caught && x.group.catchable)) console.log(`missed ${s.corpus} ${l.document.name.slice(0, 28)} [${l.label.category}] "${l.label.text}"`);
  for (const a of native.falseAlarms) console.log(`native ${a.document.slice(0, 28)} ${a.flag.severity} ${a.flag.check} "${a.flag.text}"`);
}
console.log(lines.join("\n"));
console.log(
  `\nsummary: catchable recall dev ${percent(caughtOf(dev, true).caught, caughtOf(dev, true).total)}, own ${percent(caughtOf(own, true).caught, caughtOf(own, true).total)}, seed sample ${percent(caughtOf(seed).caught, caughtOf(seed).total)}; ` +
    `native ${perThousand(native.flags, native.words)} flags and ${perThousand(nativeMajor, native.words)} major per 1,000 words; precision ≥ ${percent(onLabels, flagsOnLabelled)}`,
);
