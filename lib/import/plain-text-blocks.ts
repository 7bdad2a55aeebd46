import type { Block } from "./types";

/**
 * Paragraphs of plain text: blocks separated by blank lines. Inside a block, single line breaks
 * mean one of two things, told apart by the shape of the lines:
 *  - prose hard-wrapped at a fixed column (e-mail, old editors): every line but the last fills
 *    roughly the same width (the longest is 40–100 characters, each at least 60% of it) and none
 *    starts with a bullet. Those lines are joined with a space into one paragraph;
 *  - anything else: menus, bullet lists, language pickers, stacked metadata, or scrapers that put
 *    one paragraph per line. Each line becomes its own paragraph, so a reviewer can flip the kind
 *    of each line separately.
 */
export function plainTextBlocks(text: string): Block[] {
  return text
    .split(/\n[ \t]*\n/)
    .flatMap((block) => linesToParagraphs(block.split("\n")))
    .map((paragraph) => ({ text: paragraph }));
}

const BULLET_START = /^\s*([•·▪◦●○►▶‣⁃*+–—-]|\d{1,2}[.)])\s/;

export function linesToParagraphs(rawLines: string[]): string[] {
  const lines = rawLines.map((line) => line.trim()).filter(Boolean);
  if (lines.length <= 1) return lines;
  return isHardWrapped(lines, rawLines) ? [lines.join(" ")] : lines;
}

function isHardWrapped(lines: string[], rawLines: string[]): boolean {
  const wrapped = lines.slice(0, -1);
  const longest = Math.max(...wrapped.map((line) => line.length));
  return (
    longest >= 40 &&
    longest <= 100 &&
    wrapped.every((line) => line.length >= longest * 0.6) &&
    !rawLines.slice(1).some((line) => BULLET_START.test(line))
  );
}
