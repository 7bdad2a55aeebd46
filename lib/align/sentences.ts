/** A paragraph's sentences with their offsets: Chinese ends them with 。！？ (and ；), Portuguese with . ! ? */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const CHINESE_END = /[^。！？；!?]+(?:[。！？；!?]+[”」』）)]*|$)/gu;

export function chineseSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(CHINESE_END)) {
    const trimmed = match[0].trim();
    if (trimmed.length === 0) continue;
    const start = match.index + match[0].indexOf(trimmed);
    sentences.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return sentences;
}
