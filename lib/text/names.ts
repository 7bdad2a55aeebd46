import type { ParagraphKind } from "@/lib/domain";
import { CHINESE_SURNAMES } from "@/lib/lang/pt/chinese-surnames";
import { NAME_CONNECTORS } from "@/lib/lang/pt/org-words";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/lang/pt/portuguese-function-words";
import { segmentPinyin } from "@/lib/text/pinyin";
import { hasInnerCapital, isAcronym, isCapitalised, tokensOf, type Token } from "@/lib/text/tokens";

/** A name-like span found anywhere in the article (computed once per article). */
export interface NameSpan {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Is this (capitalised) word an ordinary word of the text's language? Used to drop sentence-initial capitals. */
export type CommonWordTest = (word: string) => boolean;

const SENTENCE_BREAK = /[.!?…:;|•\n]/;
const DOMAIN_SUFFIX = /^\.(?:com|cn|net|org|ai|io|hk)\b/;

function isNameWord(word: string): boolean {
  return (isCapitalised(word) || hasInnerCapital(word)) && !/^\p{N}/u.test(word);
}

export function isSentenceInitial(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  return SENTENCE_BREAK.test(text.slice(tokens[i - 1].end, tokens[i].start));
}

/**
 * Runs of capitalised words ("Jiazi Guangnian", "Instituto de Pesquisa Zhiyuan", "Jinyou.com"), joined across
 * single spaces and name connectors. A sentence-initial capital is dropped when it is an ordinary word.
 */
export function findNameSpans(paragraphs: readonly { index: number; kind: ParagraphKind; text: string }[], isCommonWord: CommonWordTest = defaultCommonWord): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind === "boilerplate") continue;
    const { text } = paragraph;
    const tokens = tokensOf(paragraph);
    let i = 0;
    while (i < tokens.length) {
      if (!isNameWord(tokens[i].text)) {
        i++;
        continue;
      }
      let first = i;
      let last = i;
      let j = i + 1;
      while (j < tokens.length && text.slice(tokens[j - 1].end, tokens[j].start) === " ") {
        if (isNameWord(tokens[j].text)) {
          last = j++;
        } else if (
          // "o CTO da Jinyou.com" is a title and a name, not one name.
          !(last === first && isAcronym(tokens[first].text)) &&
          NAME_CONNECTORS.has(tokens[j].text.toLowerCase()) &&
          j + 1 < tokens.length &&
          text.slice(tokens[j].end, tokens[j + 1].start) === " " &&
          isNameWord(tokens[j + 1].text)
        ) {
          last = j + 1;
          j += 2;
        } else break;
      }
      i = last + 1;
      if (isSentenceInitial(text, tokens, first) && isCommonWord(tokens[first].text) && !isSurnameOfPinyinName(tokens, first, last)) {
        first++;
        while (first <= last && NAME_CONNECTORS.has(tokens[first].text.toLowerCase())) first++;
        if (first > last) continue;
      }
      let end = tokens[last].end;
      const domain = DOMAIN_SUFFIX.exec(text.slice(end));
      if (domain) end += domain[0].length;
      spans.push({ paragraph: paragraph.index, start: tokens[first].start, end, text: text.slice(tokens[first].start, end) });
    }
  }
  return spans;
}

/** "Gu Huinan" opening a sentence: the speller may know «gu», but a surname before a pinyin given name is a person's. */
function isSurnameOfPinyinName(tokens: Token[], first: number, last: number): boolean {
  return last > first && CHINESE_SURNAMES.has(tokens[first].text.toLowerCase()) && segmentPinyin(tokens[first + 1].text) !== null;
}

function defaultCommonWord(word: string): boolean {
  return PORTUGUESE_FUNCTION_WORDS.has(word.toLowerCase());
}

