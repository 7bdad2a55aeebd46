import { z } from "zod";
import { contentLength } from "@/lib/align/length";
import { makeFlag } from "@/lib/checks/flag";
import { optionsOf } from "@/lib/checks/context";
import { analyseSegment } from "@/lib/checks/source-analysis";
import { coverageOf } from "@/lib/checks/source-coverage";
import type { Check, CheckContext, CheckParagraph } from "@/lib/checks/types";
import type { Flag } from "@/lib/domain";

const MESSAGES = {
  shorter: "A tradução tem {percent}% do comprimento que o original prevê: pode faltar texto.",
  longer: "A tradução tem {percent}% do comprimento que o original prevê: pode haver texto acrescentado.",
  sentence: "Esta frase do original não tem correspondência na tradução: «{sentence}»",
  paragraph: "Depois deste parágrafo, o original tem um parágrafo sem tradução: «{sentence}»",
};

const options = z.strictObject({
  /** Below this share of the predicted length, a paragraph is flagged as shorter than its source. */
  shorter: z.number().min(0).max(1).default(0.55),
  /** Above this multiple of the predicted length, as longer. */
  longer: z.number().min(1).default(1.7),
  /** Sources shorter than this (hanzi and letters) predict too loosely to judge the length. */
  minSourceLength: z.number().int().min(1).default(20),
});

type Options = z.infer<typeof options>;

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

export const sourceOmission: Check<Options> = {
  id: "source-omission",
  title: "Omission or addition against the source",
  description:
    "With the Chinese original aligned: a translation much shorter or longer than its source predicts (the article's own length ratio), " +
    "a source sentence none of whose figures and names the translation has, and a source paragraph left untranslated.",
  category: "Accuracy",
  mqm: "Accuracy / Omission",
  defaultSeverity: "major",
  suggests: "never",
  exclusive: false,
  options,
  messages: MESSAGES,
  examples: {
    bad: [
      { text: "O lucro da empresa subiu 23% no ano.", source: "今年前三季度，净利润同比增长23%。公司计划明年在深圳新建研发中心，预计投资5亿元，招聘2000名工程师。" },
      { text: "Os analistas falaram.", source: "分析人士指出，中国的人工智能企业正在加快追赶，这一趋势将持续数年。" },
      {
        text:
          "Os especialistas do setor acreditam que esta tendência das empresas chinesas de inteligência artificial vai durar vários anos, que o " +
          "governo vai apoiar o setor com novos subsídios e benefícios fiscais e que as exportações para a Europa, para a América Latina e para o " +
          "Sudeste Asiático vão duplicar até ao fim da década, segundo as previsões mais otimistas.",
        source: "业内人士认为，中国人工智能企业的这一趋势将持续数年。",
      },
      { text: "O lucro líquido da empresa subiu 23% nos primeiros três trimestres do ano.", source: "今年前三季度，净利润同比增长23%。\n\n公司还表示，明年将继续扩大投资。" },
    ],
    good: [
      { text: "O lucro líquido da empresa subiu 23% nos primeiros três trimestres do ano.", source: "今年前三季度，净利润同比增长23%。" },
      { text: "O lucro da empresa subiu 23% no ano." },
    ],
  },
  run(paragraph: CheckParagraph, context: CheckContext) {
    const source = context.source;
    if (!source || paragraph.kind === "boilerplate") return [];
    const flags: Flag[] = [];
    const whole = (messageId: keyof typeof MESSAGES, args: Record<string, string>, severity?: Flag["severity"]) =>
      flags.push(makeFlag(sourceOmission, paragraph.text, 0, paragraph.text.length, messageId, args, [], severity));
    for (const gap of source.untranslated) if (gap.after === paragraph.index || (gap.after === -1 && paragraph.index === 0)) whole("paragraph", { sentence: excerpt(gap.text) });
    const segment = source.byTarget[paragraph.index];
    if (!segment || segment.targets[0] !== paragraph.index) return flags;
    const { shorter, longer, minSourceLength } = optionsOf(sourceOmission, context);
    const analysis = analyseSegment(segment, context.glossary);
    const coverage = coverageOf(segment, context);
    for (const sentence of coverage.omitted) whole("sentence", { sentence: excerpt(analysis.sentences[sentence].text) });
    if (contentLength(segment.text) >= minSourceLength && coverage.omitted.size === 0) {
      const percent = String(Math.round(coverage.lengthRatio * 100));
      if (coverage.lengthRatio < shorter) whole("shorter", { percent });
      else if (coverage.lengthRatio > longer) whole("longer", { percent }, "minor");
    }
    return flags;
  },
};
