import { linesToParagraphs } from "./plain-text-blocks";
import type { Block } from "./types";

/**
 * Markdown to paragraph candidates, by hand (no remark installed): ATX and setext headings, list
 * items and block quotes become paragraphs with their markers removed, fenced code stays one
 * paragraph, and inline markup (emphasis, links, images, code, raw HTML) is reduced to its text.
 * Lines inside a paragraph follow the plain-text rule (hard-wrapped prose joined, short menu-like
 * lines kept apart), because scraped Markdown carries site menus as runs of bare lines.
 */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let fence: { marker: string; lines: string[] } | null = null;

  const flush = () => {
    for (const text of linesToParagraphs(lines.map(inlineMarkdown))) blocks.push({ text });
    lines = [];
  };

  for (const line of stripRawHtmlBlocks(markdown).split("\n")) {
    if (fence) {
      if (line.trim().startsWith(fence.marker)) {
        blocks.push({ text: fence.lines.join("\n") });
        fence = null;
      } else fence.lines.push(line);
      continue;
    }
    const fenceOpen = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/.exec(line);
    const setext = lines.length > 0 && /^\s{0,3}(=+|-+)\s*$/.exec(line);
    const listItem = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    const quote = /^\s*>\s?(.*)$/.exec(line);

    if (fenceOpen) {
      flush();
      fence = { marker: fenceOpen[1], lines: [] };
    } else if (setext) {
      const text = inlineMarkdown(lines.join(" "));
      lines = [];
      blocks.push({ text, hint: { kind: "heading", level: setext[1].startsWith("=") ? 1 : 2 } });
    } else if (!line.trim() || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s{0,3}\[[^\]]+\]:\s+\S/.test(line)) {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ text: inlineMarkdown(heading[2]), hint: { kind: "heading", level: heading[1].length } });
    } else if (listItem) {
      flush();
      lines.push(listItem[1]);
    } else {
      lines.push(quote ? quote[1] : line);
    }
  }
  if (fence) blocks.push({ text: fence.lines.join("\n") });
  flush();
  return blocks.filter((block) => block.text.trim());
}

/** Raw HTML inside Markdown: executable and styling blocks go with their content, other tags lose their markup. */
function stripRawHtmlBlocks(markdown: string): string {
  return markdown.replace(/<(script|style|iframe|noscript|template|object)\b[\s\S]*?(<\/\1\s*>|$)/gi, "").replace(/<!--[\s\S]*?-->/g, "");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

export function inlineMarkdown(text: string): string {
  return text
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, "$1$3")
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/&#(\d{2,7});/g, (entity, code: string) => (isPrintable(Number(code)) ? String.fromCodePoint(Number(code)) : entity));
}

function isPrintable(codePoint: number): boolean {
  return codePoint >= 0x20 && codePoint <= 0x10ffff && !(codePoint >= 0x7f && codePoint <= 0x9f);
}
