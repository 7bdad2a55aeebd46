import { z } from "zod";
import { entitySpans } from "@/lib/checks/entity-index";
import { makeFlag } from "@/lib/checks/flag";
import type { Check } from "@/lib/checks/types";
import type { MisrenderingKind } from "@/lib/lang/pt/entity-kb";
import type { Flag, Severity } from "@/lib/domain";

const CAMEL_CASE = /\p{Ll}\p{Lu}/u;

/**
 * The established form this one writes with other capitals, when those capitals are the name's own: a word like
 * "OpenAI", "DeepSeek" or "iFlytek" has a capital after a small letter, and "Openai" or "Bytedance" is the
 * machine's writing. The first letter is the writer's ("Vivo" for vivo), as are an all-capitals headline and the
 * capitals of ordinary words in a name ("bolsa de Hong Kong").
 */
function recapitalised(written: string, forms: readonly string[]): string | null {
  if (forms.includes(written) || written === written.toUpperCase()) return null;
  const words = written.split(" ");
  return (
    forms.find((form) => {
      const formWords = form.split(" ");
      if (form.toLowerCase() !== written.toLowerCase() || formWords.length !== words.length) return false;
      return formWords.some((word, i) => CAMEL_CASE.test(word) && word.slice(1) !== words[i].slice(1));
    }) ?? null
  );
}
/** One message per kind of misrendering, the kind being the message id. */
const MESSAGES: Record<MisrenderingKind, string> = {
  pinyin: "«{found}» é o nome chinês deixado em pinyin: a entidade escreve-se «{name}».",
  hybrid: "«{found}» mistura pinyin com uma leitura errada do nome chinês: a entidade escreve-se «{name}».",
  literal: "«{found}» traduz palavra a palavra o nome chinês de «{name}».",
  order: "«{found}»: esta pessoa escreve o nome como «{name}».",
  misspelling: "«{found}» é uma grafia errada de «{name}».",
  truncated: "«{found}» corta o nome chinês a meio: a entidade escreve-se «{name}».",
};
const CAPITALS_MESSAGE = "«{found}»: a entidade escreve o nome com outras maiúsculas, «{name}».";

const SEVERITY: Record<MisrenderingKind, Severity> = { pinyin: "major", hybrid: "major", literal: "major", order: "minor", misspelling: "minor", truncated: "minor" };

export const knownEntity: Check = {
  id: "known-entity",
  title: "Misrendered known entity",
  description:
    "A Chinese company, investor, institution, product, place, outlet or person that the knowledge base (lib/lang/pt/entities) knows, " +
    "written as machine translation misrenders it: in pinyin (\"Keda Xunfei\"), half misread (\"HKUST Xunfei\"), translated word by word " +
    "(\"Dark Side of the Moon\" for Moonshot AI), cut short (\"Ali\" for Alibaba) or in the wrong name order, or with capitals the name does not have (\"Openai\", \"Bytedance\"); the established name is the suggestion. " +
    "A form that is also ordinary Portuguese (\"Glória\" for Honor) counts only with the name's capitals, mid-sentence, and in an article about what the entity does; " +
    "any form written all in lower case is prose, not a name.",
  category: "Terminology",
  mqm: "Terminology / Wrong term",
  defaultSeverity: "major",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: { ...MESSAGES, capitals: CAPITALS_MESSAGE },
  examples: {
    bad: [
      { text: "As ações da HKUST Xunfei caíram." },
      { text: "A Zijie Tiaodong é dona do TikTok." },
      { text: "O Grupo Formiga lançou um fundo." },
      { text: "O fundador Zhao Changpeng falou ontem." },
      { text: "A fábrica fica em Shenzen, no sul." },
      { text: "A Tencent e a Ali investiram em modelos grandes." },
      { text: "O diretor executivo da Deepseek visitou a Bytedance." },
      { text: "A Tecnologia Kuaishou e a Unitree Robótica cresceram." },
    ],
    good: [
      { text: "As ações da iFlytek caíram e a ByteDance, dona do TikTok, cresceu." },
      { text: "O pugilista Muhammad Ali visitou a sede da Tencent, e a glória do smartphone durou pouco." },
      { text: "A BYTEDANCE ASSINA ACORDO: a ByteDance, a Huawei e a Vivo cotadas na bolsa de Hong Kong vão cooperar." },
      { text: "O tigre farejador seguiu o rasto do grupo formiga pela floresta." },
      { text: "A Kuaishou Technology cresceu, e os jogos Tencent também." },
    ],
  },
  run(paragraph, context) {
    if (paragraph.kind === "boilerplate") return [];
    const flags: Flag[] = [];
    for (const span of entitySpans(paragraph, context)) {
      const { value } = span;
      const found = paragraph.text.slice(span.start, span.end);
      if (value.kind === "name") {
        const name = value.forms && recapitalised(found, value.forms);
        if (name) flags.push(makeFlag(knownEntity, paragraph.text, span.start, span.end, "capitals", { found, name }, [name], "minor"));
        continue;
      }
      if (value.kind === "glossary") continue;
      flags.push(makeFlag(knownEntity, paragraph.text, span.start, span.end, value.kind, { found, name: value.preferred }, [value.preferred], SEVERITY[value.kind]));
    }
    return flags;
  },
};
