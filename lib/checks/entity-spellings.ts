import { z } from "zod";
import type { Check, CheckContext, CheckParagraph } from "@/lib/checks/types";
import { entitySpans } from "@/lib/checks/entity-index";
import { namesOfParagraph } from "@/lib/checks/context";
import { glossOf } from "@/lib/lang/pt/name-glosses";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/lang/pt/portuguese-function-words";
import { analyseEntities, conceptKey, formKey } from "@/lib/checks/entity-analysis";
import { makeFlag } from "@/lib/checks/flag";
import { isCapitalised, tokensOf } from "@/lib/text/tokens";
import type { Flag } from "@/lib/domain";

const ARTICLES = new Set(["a", "o", "as", "os", "à", "ao", "às", "aos"]);
const MAX_PHRASE_WORDS = 4;

export const entitySpellings: Check = {
  id: "entity-spellings",
  title: "One entity, several spellings",
  description:
    "Name-like spans of the article that name the same entity in different ways (pinyin against translation, " +
    "English against Portuguese, one word swapped): the minority forms are flagged with the majority form.",
  category: "Terminology",
  mqm: "Terminology / Inconsistent use of terminology",
  defaultSeverity: "major",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    tied: "«{found}» e {forms} designam a mesma entidade: escolha uma forma.",
    minority: "«{found}» designa a mesma entidade que «{preferred}», a forma mais usada neste artigo.",
    "name-as-phrase": "«{found}» parece ser o nome «{name}» traduzido como uma expressão comum.",
  },
  examples: {
    bad: [
      {
        text: "Fonte: Jiazi Light Year.",
        article: ["O Jiazi Guangnian falou com investidores.", "Segundo o Jiazi Guangnian, o mercado arrefeceu."],
      },
      { text: "O Instituto de Pesquisa Zhiyuan organizou a conferência.", article: ["O Zhiyuan Research Institute, em Pequim, é público.", "O Zhiyuan Research Institute lançou um modelo."] },
      { text: "A Meituan comprou a Light Years Beyond.", article: ["Wang Huiwen fundou a Light Years Away.", "A Light Years Away captou fundos."] },
      { text: "A aquisição da empresa a anos-luz de distância é comum.", article: ["Wang Huiwen vendeu a Light Years Away."] },
      { text: "Fonte: Jiazi Light Year.", article: ["O Jiazi Guangnian falou com investidores."] },
    ],
    good: [
      { text: "A Universidade de Pequim e a Universidade de Xangai assinaram um acordo." },
      { text: "Zhang Yitian falou depois de Zhang Gaonan.", article: ["Zhang Yitian e Zhang Gaonan são investidores."] },
      { text: "O Zhiyuan organizou a Conferência Zhiyuan de Pequim.", article: ["O Zhiyuan Research Institute é público."] },
      { text: "Está a anos-luz de distância da concorrência." },
      { text: "A AliExpress aderiu ao programa.", article: ["As lojas da Ali Express suspenderam as vendas."] },
    ],
  },
  run(paragraph, context) {
    const analysis = analyseEntities(context);
    const flags: Flag[] = [];
    for (const span of namesOfParagraph(context, paragraph.index)) {
      const preferred = analysis.preferredFor.get(formKey(span.text));
      if (!preferred) continue;
      // The name as the knowledge base or the glossary establishes it is never the form to change.
      if (isEstablished(paragraph, context, span.start, span.end)) continue;
      const { forms, tied } = preferred;
      flags.push(
        tied
          ? makeFlag(entitySpellings, paragraph.text, span.start, span.end, "tied", { found: span.text, forms: forms.map((p) => `«${p}»`).join(", ") }, forms)
          : makeFlag(entitySpellings, paragraph.text, span.start, span.end, "minority", { found: span.text, preferred: forms[0] }, forms),
      );
    }
    if (analysis.phraseNames.size > 0) flagLiteralRenderings(paragraph, analysis.phraseNames, flags);
    return flags;
  },
};

function isEstablished(paragraph: CheckParagraph, context: CheckContext, start: number, end: number): boolean {
  return entitySpans(paragraph, context).some((s) => s.value.kind === "name" && s.start === start && s.end === end);
}

/** A name made of common words translated back into running text: "a anos-luz de distância" for "Light Years Away". */
function flagLiteralRenderings(paragraph: CheckParagraph, phraseNames: Map<string, string>, flags: Flag[]) {
  const tokens = tokensOf(paragraph);
  const text = paragraph.text;
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i].text;
    if (isCapitalised(head) || !glossOf(head.includes("-") || head.includes("‑") ? head.split(/[-‑]/)[0] : head)) continue;
    const concepts = new Set<string>();
    let words = 0;
    for (let j = i; j < tokens.length && words < MAX_PHRASE_WORDS; j++) {
      const word = tokens[j].text;
      if (j > i && text.slice(tokens[j - 1].end, tokens[j].start) !== " ") break;
      if (PORTUGUESE_FUNCTION_WORDS.has(word.toLowerCase())) continue;
      const glosses = word.split(/[-‑]/).map((part) => glossOf(part));
      if (isCapitalised(word) || glosses.some((g) => !g)) break;
      words++;
      for (const g of glosses) for (const c of g!) concepts.add(c);
      const name = concepts.size >= 2 ? phraseNames.get(conceptKey(concepts)) : undefined;
      if (!name) continue;
      const previous = tokens[i - 1];
      const withArticle = previous && ARTICLES.has(previous.text.toLowerCase()) && text.slice(previous.end, tokens[i].start) === " ";
      const start = withArticle ? previous.start : tokens[i].start;
      flags.push(
        makeFlag(entitySpellings, text, start, tokens[j].end, "name-as-phrase", { found: text.slice(start, tokens[j].end), name },
          [withArticle ? `${previous.text} ${name}` : name]),
      );
      i = j;
      break;
    }
  }
}
