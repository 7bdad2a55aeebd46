// `npx tsx scripts/bench/check-growth.ts`: how the flagger's time grows from 50,000 to 100,000 characters of one
// repeated character class (the longest paragraph Lapidar accepts), in CPU time. About 2 is linear, 4 quadratic.
// Where the whole flagger reads above 2.2, each check is measured on its own to name the one that grows.
import { CHECKS, loadFlagger } from "@/lib/checks";
import { exampleContext } from "@/lib/checks/context";
import { loadSpeller } from "@/lib/text/speller";
import { bestDoublingRatio, HOSTILE_UNITS, repeated } from "../../tests/unit/text/growth";

const LENGTH = 50_000;
const flagger = await loadFlagger({ locales: ["pt-PT"] });
const [speller, english] = await Promise.all([loadSpeller("pt-PT"), loadSpeller("en")]);

for (const [name, unit] of Object.entries(HOSTILE_UNITS)) {
  const input = (n: number) => repeated(unit, n);
  const start = process.cpuUsage();
  flagger.flagArticle({ locale: "pt-PT", paragraphs: [{ kind: "body", text: input(2 * LENGTH) }] });
  const { user, system } = process.cpuUsage(start);
  const ratio = bestDoublingRatio((text) => flagger.flagArticle({ locale: "pt-PT", paragraphs: [{ kind: "body", text }] }), input, LENGTH);
  const growing: string[] = [];
  if (ratio > 2.2) {
    for (const check of CHECKS) {
      const run = (text: string) => {
        const { context, paragraph } = exampleContext(text, "pt-PT", [], speller, [], english);
        return check.run(paragraph, context);
      };
      const own = bestDoublingRatio(run, input, LENGTH);
      if (own > 2.2) growing.push(`${check.id} ×${own.toFixed(2)}`);
    }
  }
  console.log(`growth: ${name}: ${((user + system) / 1000).toFixed(0)} ms at 100,000 characters, ×${ratio.toFixed(2)} from 50,000${growing.length ? `; growing: ${growing.join(", ")}` : ""}`);
}
