import { z } from "zod";
import type { Check, CheckContext, CheckParagraph } from "@/lib/checks/types";
import { namesOfParagraph } from "@/lib/checks/context";
import { isFirmEnding, isOrgWord, NAME_CONNECTORS } from "@/lib/lang/pt/org-words";
import { touchesKnownEntity } from "@/lib/checks/entity-index";
import { makeFlag } from "@/lib/checks/flag";
import { allowedKind, isChineseSurname, officialNameOf, pinyinNameSyllables } from "@/lib/checks/pinyin-lexicon";
import { isAcronym, tokenize, type Token } from "@/lib/text/tokens";
import type { Flag } from "@/lib/domain";
import type { NameSpan } from "@/lib/text/names";

type Role = "pinyin" | "org" | "acronym" | "connector" | "place" | "brand" | "other";

interface Part extends Token {
  role: Role;
  syllables: number;
}

// A feminine article or contraction before a bare name marks a company ("vice-presidente da Xianfeng").
const DOMAIN = /^(?:com|cn|net|org|ai|io|hk)$/;
const COMPANY_ARTICLE = /(?:^|[\s(])(?:a|da|na|pela|à|com a)\s$/i;
// Places keep their pinyin: after a word for a place, a bare pinyin name is a town, district or river ("na vila de Shuangfeng").
const PLACE_NOUN = /(?:^|[\s(])(?:cidade|vila|aldeia|município|concelho|distrito|condado|província|região|bairro|localidade|povoação|freguesia|ilha|rio|lago|monte|montanha|porto|baía|planalto|deserto|vale)(?:\s+(?:de|do|da))?\s$/i;

export const pinyinName: Check = {
  id: "pinyin-name",
  title: "Chinese name left in pinyin",
  description:
    "Capitalised words made entirely of pinyin syllables that are neither a personal name (surname + given name) " +
    "nor an established brand or place: organisation names the translation left in pinyin or half-translated.",
  category: "Terminology",
  mqm: "Terminology / Wrong term",
  defaultSeverity: "major",
  suggests: "sometimes",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    organisation: "«{found}» parece o nome de uma organização chinesa deixado em pinyin ou meio traduzido: confirme o nome oficial.",
    name: "«{found}» parece um nome chinês deixado em pinyin: veja se tem uma forma oficial ou consagrada.",
  },
  examples: {
    bad: [
      { text: "Segundo o Xinghe Zhineng, o mercado arrefeceu." },
      { text: "Li Kang, vice-presidente da Xianfeng, não respondeu." },
      { text: "A Tianyun Data lançou um produto novo." },
      { text: "A empresa Hongtu Wanwei caiu 5% na bolsa." },
      { text: "O relatório cita Xianfeng como exemplo." },
      { text: "O fundador da Shenzhen Xinghe disse que vai abrir capital." },
      { text: "Segundo a Tiangong Hudong, o orçamento subiu." },
    ],
    good: [
      { text: "Wang Huiwen vendeu a empresa à Meituan." },
      { text: "Robin Li, fundador da Baidu, falou em Pequim." },
      { text: "A sede fica em Shenzhen, perto de Hong Kong." },
      { text: "Cada empresa decide, disse Chen Jing." },
      { text: "O modelo de Yann Lecun foi citado pela Zhipu AI." },
      { text: "A Tencent Hunyuan e a sede em Shenzhen Bay ficam perto." },
      { text: "A fábrica fica na vila de Shuangfeng, junto ao rio Huangpu." },
      { text: "Os robôs da Lanxin custam menos.", article: ["A Lanxin Robotics recebeu um aporte."] },
    ],
  },
  run(paragraph, context) {
    const flags: Flag[] = [];
    for (const span of namesOfParagraph(context, paragraph.index)) flagSpan(span, paragraph, context, flags);
    return flags;
  },
};

// A name recurs through an article: its words are classified once per speller, with offsets relative to the span.
const classified = new WeakMap<object, Map<string, Part[]>>();
const NO_SPELLER = {};

function classify(span: NameSpan, context: CheckContext): Part[] {
  let memo = classified.get(context.speller ?? NO_SPELLER);
  if (!memo) {
    memo = new Map();
    classified.set(context.speller ?? NO_SPELLER, memo);
  }
  let parts = memo.get(span.text);
  if (!parts) {
    parts = classifyWords(span.text, context);
    if (memo.size > 50_000) memo.clear();
    memo.set(span.text, parts);
  }
  return parts.map((p) => ({ ...p, start: p.start + span.start, end: p.end + span.start }));
}

function classifyWords(spanText: string, context: CheckContext): Part[] {
  const parts: Part[] = tokenize(spanText).map((t) => ({ ...t, role: "other", syllables: 0 }));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    const pair = next && allowedKind(`${part.text} ${next.text}`);
    if (pair) {
      part.role = next.role = pair;
      i++;
      continue;
    }
    const allowed = allowedKind(part.text);
    if (allowed) {
      part.role = allowed;
      continue;
    }
    if (spanText[part.start - 1] === "." && DOMAIN.test(part.text)) part.role = "org";
    else if (NAME_CONNECTORS.has(part.text.toLowerCase())) part.role = "connector";
    else if (isAcronym(part.text)) part.role = "acronym";
    else if (isOrgWord(part.text)) part.role = "org";
    else {
      part.syllables = pinyinNameSyllables(part.text, context.speller);
      if (part.syllables > 0) part.role = "pinyin";
    }
  }
  return parts;
}

function isPersonalName(run: Part[]): boolean {
  if (run.length < 2 || run.length > 3 || !isChineseSurname(run[0].text)) return false;
  const given = run.slice(1).reduce((n, p) => n + p.syllables, 0);
  return given <= 2;
}

function flagSpan(span: NameSpan, paragraph: CheckParagraph, context: CheckContext, flags: Flag[]) {
  const parts = classify(span, context);
  const text = paragraph.text;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].role !== "pinyin") continue;
    let j = i;
    while (j + 1 < parts.length && parts[j + 1].role === "pinyin") j++;
    const runStart = i;
    const run = parts.slice(runStart, j + 1);
    const before = parts[runStart - 1];
    i = j;
    if (run.length === 1 && run[0].syllables < 2) continue;
    // "HKUST Xunfei" is the hybrid-name check's; "Yann Lecun", "Robin Li" are Western-style personal names.
    // After a city or a known brand the pinyin is still a name to check: "Shenzhen Xinghe", "Tiangong Hudong".
    if (before && (before.role === "acronym" || before.role === "other")) continue;
    if (isPersonalName(run)) continue;

    let first = before?.role === "brand" ? runStart - 1 : runStart;
    let last = j;
    while (first > 0 && (parts[first - 1].role === "org" || (parts[first - 1].role === "connector" && parts[first - 2]?.role === "org"))) first--;
    while (last + 1 < parts.length && (parts[last + 1].role === "org" || (parts[last + 1].role === "connector" && parts[last + 2]?.role === "org"))) last++;
    const start = parts[first].start;
    const end = parts[last].end;

    const hasOrgWord = first < runStart || last > j;
    const companyArticle = COMPANY_ARTICLE.test(text.slice(Math.max(0, start - 8), start));
    if (!hasOrgWord && PLACE_NOUN.test(text.slice(Math.max(0, start - 16), start))) continue;
    // Chinese companies carry their city: "Shenzhen Xinghe" is a company, not a person.
    const cityPrefixed = before?.role === "place";
    // "Suzhou Xiangcheng Financial Holding Group": city, district or brand, then an English firm's name, as the firm writes itself.
    if (cityPrefixed && run.length === 1 && last - j >= 2 && isFirmEnding(parts[last].text)) continue;
    const orgLike = hasOrgWord || run.length >= 2 || companyArticle || cityPrefixed;
    if (!orgLike && (paragraph.kind === "heading" || atSentenceStart(text, start))) continue;

    // One pinyin word before an English firm's word ("Hongsheng Capital") is how many Chinese firms write
    // themselves: worth a look, not a major error; the article's later "a Hongsheng" is that firm, already flagged.
    const firmStyle = isFirmStyle(run, parts, j, last);
    if (!firmStyle && firmStyleRuns(context).has(text.slice(run[0].start, run[run.length - 1].end))) continue;
    // A name the knowledge base knows is either right as it is or the known-entity check's finding.
    if (touchesKnownEntity(paragraph, context, run[0].start, run[run.length - 1].end)) continue;
    const found = text.slice(start, end);
    const runText = text.slice(run[0].start, run[run.length - 1].end);
    const official = officialNameOf(found) ?? officialNameOf(runText);
    const suggestions = official ? [official] : [];
    flags.push(
      orgLike
        ? makeFlag(pinyinName, text, start, end, "organisation", { found }, suggestions, firmStyle ? "minor" : undefined)
        : makeFlag(pinyinName, text, start, end, "name", { found }, suggestions, "minor"),
    );
  }
}

function isFirmStyle(run: Part[], parts: Part[], j: number, last: number): boolean {
  return run.length === 1 && last > j && isFirmEnding(parts[last].text);
}

const firmStyleByContext = new WeakMap<CheckContext, Set<string>>();

/** The pinyin words the article writes before an English firm's word somewhere ("Lanxin" of "Lanxin Robotics"). */
function firmStyleRuns(context: CheckContext): Set<string> {
  let runs = firmStyleByContext.get(context);
  if (runs) return runs;
  runs = new Set();
  for (const span of context.names) {
    if (!span.text.includes(" ")) continue;
    const parts = classify(span, context);
    for (let i = 0; i + 1 < parts.length; i++) {
      if (parts[i].role !== "pinyin" || parts[i + 1].role !== "org") continue;
      let last = i + 1;
      while (last + 1 < parts.length && parts[last + 1].role === "org") last++;
      if ((i === 0 || parts[i - 1].role !== "pinyin") && isFirmStyle([parts[i]], parts, i, last)) runs.add(parts[i].text);
    }
  }
  firmStyleByContext.set(context, runs);
  return runs;
}

function atSentenceStart(text: string, start: number): boolean {
  return /(?:^|[.!?…:;|]\s*["“«]?\s*)$/.test(text.slice(Math.max(0, start - 4), start));
}
