import { inlineMarkdown } from "./inline-markdown";
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
    const heading = atxHeading(line);
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
      blocks.push({ text: inlineMarkdown(heading.text), hint: { kind: "heading", level: heading.level } });
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
  return stripComments(markdown.replace(/<(script|style|iframe|noscript|template|object)\b[\s\S]*?(<\/\1\s*>|$)/gi, ""));
}

/** `<!-- … -->` removed. A scan: /<!--[\s\S]*?-->/g retries every unclosed opener to the end (quadratic). */
function stripComments(text: string): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("<!--"); open >= 0; open = text.indexOf("<!--", from)) {
    const close = text.indexOf("-->", open + 4);
    // Unclosed, it stays text, as before; no later opener can close either.
    if (close < 0) break;
    out += text.slice(from, open);
    from = close + 3;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * "## Title ##" → level 2, "Title". By hand: /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/ tries its closing run at every
 * space of a long run of spaces, which takes quadratic time.
 */
function atxHeading(line: string): { level: number; text: string } | null {
  const marker = /^\s{0,3}(#{1,6})\s/.exec(line);
  if (!marker) return null;
  let text = line.slice(marker[0].length).trim();
  let hashes = text.length;
  while (hashes > 0 && text[hashes - 1] === "#") hashes--;
  // A closing run of #s counts after a space; a title that is all #s keeps them.
  if (hashes < text.length && hashes > 0 && /\s/.test(text[hashes - 1])) text = text.slice(0, hashes).trimEnd();
  return { level: marker[1].length, text };
}
