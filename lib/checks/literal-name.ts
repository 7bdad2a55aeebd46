import { z } from "zod";
import { namesOfParagraph } from "@/lib/checks/context";
import { NAME_CONNECTORS } from "@/lib/lang/pt/org-words";
import { isKnownName, touchesKnownEntity } from "@/lib/checks/entity-index";
import { makeFlag } from "@/lib/checks/flag";
import type { Check, CheckContext } from "@/lib/checks/types";
import patterns from "@/lib/lang/pt/name-patterns.json";
import people from "@/lib/lang/pt/person-names.json";
import { isAcronym, tokenize } from "@/lib/text/tokens";
import type { Flag } from "@/lib/domain";
import type { NameSpan } from "@/lib/text/names";

const HEADS = new Set(patterns.heads);
const PHRASES = new Set(patterns.phrases.map((p) => p.toLowerCase()));
const PERSON_WORDS = new Set([...people.given, ...people.surnames]);

/** A capitalised run whose every word is an ordinary Portuguese word, and that no naming convention explains. */
function isLiteralName(span: NameSpan, context: CheckContext): boolean {
  const speller = context.speller;
  if (!speller || PHRASES.has(span.text.toLowerCase())) return false;
  const words = tokenize(span.text).filter((t) => !NAME_CONNECTORS.has(t.text.toLowerCase()) && t.text !== "e");
  if (words.length < 2 || words.length > 5) return false;
  if (HEADS.has(words[0].text.toLowerCase()) || words.some((w) => PERSON_WORDS.has(w.text))) return false;
  return words.every((w) => {
    if (isAcronym(w.text) || /\d/.test(w.text) || !/^\p{Lu}\p{Ll}+$/u.test(w.text)) return false;
    return speller.correct(w.text.toLowerCase());
  });
}

/**
 * Portuguese is full of proper names made of common words ("Caixa Geral de Depósitos", "Receita Federal"), so only
 * a name the sentence introduces as a company, fund, product or show counts: "a startup Lado Escuro da Lua",
 * "o fundo Capital Montanha Distante", "Lado Escuro da Lua, uma empresa de IA". A bare "programa" is left out:
 * public programmes keep Portuguese names ("o programa Remessa Conforme"), a show is a "programa de televisão".
 */
const PRODUCT_BEFORE = /(?:^|[\s(])(?:a|o|da|do|na|no|pela|pelo|à|ao)\s(?:empresa|startup|start-up|companhia|firma|fintech|plataforma|aplicação|aplicativo|app|fundo|gestora|marca|fabricante|produto|jogo|série|programa de (?:televisão|TV|variedades)|reality show|modelo|chatbot|assistente|loja|rede social|unicórnio|tecnológica|operadora|corretora|exchange|bolsa de criptomoedas)(?:\s(?:chinesa|chinês|de IA|tecnológica|de investimento|de capital de risco|de tecnologia))?\s$/i;
const PRODUCT_AFTER = /^,\s(?:uma|um|a|o)\s(?:empresa|startup|start-up|companhia|plataforma|aplicação|aplicativo|app|fundo|gestora|marca|fabricante|jogo|série|chatbot|unicórnio)\b/i;

// Portuguese makes companies feminine ("a empresa"): a feminine article before a masculine noun ("a Lago do Dragão",
// "pela Espelho Claro") only makes sense if the noun has become a company's name.
const FEMININE_ARTICLE = /(?:^|[\s(])(?:a|da|na|pela|à|com a)\s$/i;
const MASCULINE_HEAD = /^\p{Lu}\p{Ll}*[^ãõç]o$/u;

function introducedAsProduct(text: string, span: NameSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  if (PRODUCT_BEFORE.test(before) || PRODUCT_AFTER.test(text.slice(span.end, span.end + 40))) return true;
  return FEMININE_ARTICLE.test(before) && MASCULINE_HEAD.test(span.text.split(" ")[0]);
}

export const literalName: Check = {
  id: "literal-name",
  title: "Name translated word by word",
  description:
    "A run of capitalised ordinary Portuguese words in mid-sentence that no naming convention explains (not an institution, event, place or work): " +
    "a company, product or show name whose Chinese words were translated one by one (\"Capital Montanha Distante\", \"Lado Escuro da Lua\").",
  category: "Accuracy",
  mqm: "Accuracy / Mistranslation",
  defaultSeverity: "minor",
  suggests: "never",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "word-by-word": "«{found}» parece um nome chinês traduzido palavra a palavra: confirme o nome que a entidade usa.",
  },
  examples: {
    bad: [{ text: "O fundo Capital Montanha Distante liderou a ronda." }, { text: "A startup Lado Escuro da Lua captou fundos." }],
    good: [
      { text: "O Banco Popular da China e a Comissão Europeia reuniram-se na Cidade Proibida." },
      { text: "Ontem, Pedro Santos visitou Pequim." },
      { text: "A loja aderiu ao programa Remessa Conforme da Receita Federal." },
    ],
  },
  run(paragraph, context) {
    if (paragraph.kind !== "body") return [];
    const flags: Flag[] = [];
    for (const span of namesOfParagraph(context, paragraph.index)) {
      if (!introducedAsProduct(paragraph.text, span) || !isLiteralName(span, context)) continue;
      if (touchesKnownEntity(paragraph, context, span.start, span.end) || isKnownName(paragraph, context, span.start, span.end)) continue;
      flags.push(
        makeFlag(literalName, paragraph.text, span.start, span.end, "word-by-word", { found: span.text }),
      );
    }
    return flags;
  },
};
