import type { Block } from "./types";

/**
 * Paragraphs of plain text: blocks separated by blank lines. Inside a block, single line breaks
 * mean one of two things, told apart by the shape of the lines:
 *  - prose hard-wrapped at a fixed column (e-mail, old editors): the non-final lines fill roughly
 *    the same width (the longest is 40–100 characters, each at least 60% of it), most of them
 *    stop mid-sentence, and none starts with a bullet. Those lines are joined with a space;
 *  - anything else: menus, bullet lists, language pickers, stacked metadata, or scrapers that put
 *    one paragraph per line. Each line becomes its own paragraph, so a reviewer can flip the kind
 *    of each line separately — except a line that plainly continues the previous sentence (the
 *    previous line has no final stop and this one starts in lower case with a few words), which is
 *    joined back.
 */
export function plainTextBlocks(text: string): Block[] {
  return text
    .split(/\n[ \t]*\n/)
    .flatMap((block) => linesToParagraphs(block.split("\n")))
    .map((paragraph) => ({ text: paragraph }));
}

const BULLET_START = /^([•·▪◦●○►▶‣⁃*+–—-]|\d{1,2}[.)])\s/;
const SENTENCE_END = /[.!?…:]["”»’')]*$/;

export function linesToParagraphs(rawLines: string[]): string[] {
  const lines = rawLines.map((line) => line.trim()).filter(Boolean);
  if (lines.length <= 1) return lines;
  if (isHardWrapped(lines)) return [lines.join(" ")];
  const paragraphs: string[] = [];
  for (const line of lines) {
    const previous = paragraphs.at(-1);
    if (previous !== undefined && continues(previous, line)) paragraphs[paragraphs.length - 1] = `${previous} ${line}`;
    else paragraphs.push(line);
  }
  return paragraphs;
}

function isHardWrapped(lines: string[]): boolean {
  const wrapped = lines.slice(0, -1);
  const longest = Math.max(...wrapped.map((line) => line.length));
  const midSentence = wrapped.filter((line) => !SENTENCE_END.test(line)).length;
  return (
    longest >= 40 &&
    longest <= 100 &&
    wrapped.every((line) => line.length >= longest * 0.6) &&
    midSentence * 2 > wrapped.length &&
    !lines.some((line) => BULLET_START.test(line))
  );
}

function continues(previous: string, line: string): boolean {
  return !SENTENCE_END.test(previous) && /^\p{Ll}/u.test(line) && line.split(/\s+/).length >= 3 && !BULLET_START.test(line);
}
