import { z } from "zod";
import { toSimplified } from "@/lib/align/script";
import { makeFlag } from "@/lib/checks/flag";
import { analyseSegment, entityOfLatinName, writesName, type SourceName } from "@/lib/checks/source-analysis";
import type { SourceSegment } from "@/lib/checks/source-context";
import { closeName, coverageOf, namePresent } from "@/lib/checks/source-coverage";
import { perLink } from "@/lib/checks/per-link";
import type { Check, CheckContext } from "@/lib/checks/types";
import type { Flag } from "@/lib/domain";

const MESSAGES = {
  known: "O original diz «{zh}», que se escreve «{name}»; aqui está «{found}».",
  pinyin: "«{found}» não é o pinyin de «{zh}» ({reading}).",
  missing: "O original nomeia «{zh}» ({name}), que falta na tradução.",
  "missing-latin": "O original escreve «{name}», que falta na tradução.",
};

interface TargetSpan {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Which of a target's name spans render which source names, and what is left over on either side. */
function findingsOfLink(segment: SourceSegment, context: CheckContext): Flag[][] {
  const analysis = analyseSegment(segment, context.glossary);
  const coverage = coverageOf(segment, context);
  const spans: TargetSpan[] = context.names.filter((n) => segment.targets.includes(n.paragraph));
  const accounted = new Set<TargetSpan>();
  const accountFor = (forms: string[]) => {
    for (const span of spans) if (forms.some((f) => writesName(span.text, f) || writesName(f, span.text))) accounted.add(span);
  };
  const pending: SourceName[] = [];
  for (const name of analysis.names) {
    accountFor([...name.known, ...(name.glossary ? [] : [name.reading]), ...name.misrenderings]);
    const misrendered = name.misrenderings.some((m) => writesName(coverage.text, m));
    if (!namePresent(name, coverage.text) && !misrendered) pending.push(name);
  }
  for (const latin of analysis.latin) accountFor([latin.text]);

  const flags: Flag[][] = segment.targets.map(() => []);
  const report = (span: TargetSpan, messageId: "known" | "pinyin", args: Record<string, string>, suggestion: string) => {
    accounted.add(span);
    const paragraph = context.paragraphs[span.paragraph];
    flags[segment.targets.indexOf(span.paragraph)].push(makeFlag(sourceNames, paragraph.text, span.start, span.end, messageId, { found: span.text, ...args }, [suggestion]));
  };
  const first = context.paragraphs[segment.targets[0]];
  for (const name of pending) {
    const free = spans.filter((s) => !accounted.has(s));
    const forms = name.known.length > 0 ? name.known : [name.reading];
    const near = free.find((s) => forms.some((f) => closeName(s.text, f)));
    // Another entity's established name where the source names this one: "Baidu" for 科大讯飞.
    const other = name.known.length > 0 && !name.person ? free.find((s) => entityOfLatinName(s.text)?.zh !== undefined && entityOfLatinName(s.text)?.zh !== name.zh && !analysis.names.some((n) => n.zh === entityOfLatinName(s.text)?.zh)) : undefined;
    // The pinyin where the glossary gives the installation's own name: "Xinghe Zhilian" for 星河智联 = "Galaxy Link".
    const reading = name.glossary ? free.find((s) => writesName(s.text, name.reading)) : undefined;
    const span = near ?? reading ?? other;
    if (span && name.known.length > 0) report(span, "known", { zh: name.zh, name: name.known[0] }, name.known[0]);
    else if (span) report(span, "pinyin", { zh: name.zh, reading: name.reading }, name.reading);
    else if (!name.place && !coverage.omitted.has(name.sentence) && !toSimplified(coverage.text).includes(name.zh))
      flags[0].push(makeFlag(sourceNames, first.text, 0, first.text.length, "missing", { zh: name.zh, name: forms[0] }));
  }
  for (const latin of analysis.latin) {
    if (coverage.omitted.has(latin.sentence) || coverage.text.toLowerCase().includes(latin.text.toLowerCase())) continue;
    flags[0].push(makeFlag(sourceNames, first.text, 0, first.text.length, "missing-latin", { name: latin.text }));
  }
  return flags;
}

export const sourceNames: Check = {
  id: "source-names",
  title: "Name against the source",
  description:
    "With the Chinese original aligned: a source name the knowledge base knows (科大讯飞 → iFlytek) written otherwise, a person's or place's " +
    "pinyin that is not the source's reading (王海燕 as \"Wang Haiyang\"), and a source name missing from the translation. The source " +
    "is segmented with jieba and read with pinyin-pro; traditional characters are read as simplified.",
  category: "Accuracy",
  mqm: "Accuracy / Mistranslation",
  defaultSeverity: "major",
  suggests: "sometimes",
  exclusive: false,
  options: z.strictObject({}),
  messages: MESSAGES,
  examples: {
    bad: [
      { text: "A Baidu lançou um novo modelo em Hefei.", source: "科大讯飞在合肥发布了新模型。" },
      { text: "O presidente Liu Qingfang falou ontem.", source: "董事长刘庆峰昨天发言。" },
      { text: "A vice-presidente Wang Haiyang acrescentou.", source: "副总裁王海燕补充说。" },
      { text: "A CATL e a empresa vão cooperar.", source: "宁德时代将与比亚迪合作。" },
      { text: "O presidente do conselho falou ontem.", source: "董事長劉慶峰昨天發言。" },
      { text: "O novo telemóvel custa 5999 yuans.", source: "新款Mate 70手机售价5999元。" },
    ],
    good: [
      { text: "A iFlytek lançou um novo modelo em Hefei.", source: "科大讯飞在合肥发布了新模型。" },
      { text: "A vice-presidente Wang Haiyan acrescentou.", source: "副总裁王海燕补充说。" },
      { text: "A Baidu lançou um novo modelo." },
    ],
  },
  run: perLink(findingsOfLink),
};
