import type { Element, Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { linesToParagraphs } from "./plain-text-blocks";
import type { Block } from "./types";

/**
 * HTML to paragraph candidates. The output is plain text only: markup, attributes (event handlers,
 * javascript: URLs) and executable or interactive elements never reach storage. Elements that are
 * site chrome by structure (nav, footer, aside, share or comment widgets by class) keep their text,
 * marked boilerplate, because import never deletes what a reviewer may want back.
 */

export interface HtmlBlocks {
  blocks: Block[];
  /** The document's <title>, a fallback when the body has no heading. */
  documentTitle: string | null;
  /** How many scripts, handlers and embedded objects were dropped, for the import warnings. */
  dropped: { scripts: number; handlers: number; embeds: number };
}

const DROPPED = new Set(["script", "style", "noscript", "template", "head", "link", "meta"]);
const EMBEDS = new Set(["iframe", "object", "embed", "form", "input", "button", "select", "textarea", "svg", "canvas", "img", "picture", "video", "audio", "map"]);
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "li", "ul", "ol", "dl", "dt", "dd",
  "blockquote", "pre", "figure", "figcaption", "address", "table", "thead", "tbody", "tr", "hr", "body", "html",
  "h1", "h2", "h3", "h4", "h5", "h6", "details", "summary",
]);
const STRUCTURAL_CHROME: Record<string, string> = { nav: "site navigation", footer: "page footer", aside: "sidebar" };
const ROLE_CHROME: Record<string, string> = { navigation: "site navigation", contentinfo: "page footer", complementary: "sidebar", banner: "site header" };
const CLASS_CHROME: [RegExp, string][] = [
  [/^(share|sharing|social|addthis|sharethis)$/, "share widget"],
  [/^(comment|comments|disqus)$/, "comment widget"],
  [/^(ad|ads|advert|advertisement|adslot|sponsored|promo|banner)$/, "advertisement"],
  [/^(cookie|cookies|consent|gdpr)$/, "cookie notice"],
  [/^(newsletter|subscribe|subscription)$/, "newsletter prompt"],
  [/^(related|recommended|more|trending)$/, "related articles"],
  [/^(breadcrumb|breadcrumbs)$/, "breadcrumb"],
  [/^(menu|navbar|nav|navigation|sidebar)$/, "site navigation"],
  [/^(footer)$/, "page footer"],
];

export function htmlBlocks(html: string): HtmlBlocks {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const result: HtmlBlocks = { blocks: [], documentTitle: null, dropped: { scripts: 0, handlers: 0, embeds: 0 } };
  let buffer = "";

  const flush = (hint: Block["hint"], preformatted = false) => {
    const paragraphs = preformatted ? [buffer.trim()] : buffer.split(/\n[ \t]*\n/).flatMap((part) => linesToParagraphs(part.split("\n")));
    for (const text of paragraphs) if (text) result.blocks.push(hint ? { text, hint } : { text });
    buffer = "";
  };

  const walk = (node: RootContent | Root, hint: Block["hint"], preformatted: boolean): void => {
    if (node.type === "text") {
      buffer += preformatted ? node.value : node.value.replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") {
      countHandlers(node, result.dropped);
      const tag = node.tagName;
      if (tag === "title") {
        result.documentTitle ??= textOf(node);
        return;
      }
      if (DROPPED.has(tag)) {
        if (tag === "script") result.dropped.scripts++;
        if (tag === "head") node.children.forEach((child) => child.type === "element" && walk(child, hint, false));
        return;
      }
      if (EMBEDS.has(tag)) {
        result.dropped.embeds++;
        return;
      }
      if (tag === "br") {
        buffer += "\n";
        return;
      }
      if (BLOCKS.has(tag)) {
        flush(hint, preformatted);
        const chrome = chromeReason(node);
        const heading = /^h([1-6])$/.exec(tag);
        const inner: Block["hint"] =
          hint?.kind === "boilerplate" ? hint : chrome ? { kind: "boilerplate", reason: chrome } : heading ? { kind: "heading", level: Number(heading[1]) } : hint;
        const pre = preformatted || tag === "pre";
        node.children.forEach((child) => walk(child, inner, pre));
        flush(inner, pre);
        return;
      }
      if (tag === "td" || tag === "th") buffer += " ";
    }
    node.children.forEach((child) => walk(child, hint, preformatted));
  };

  walk(tree, undefined, false);
  flush(undefined);
  return result;
}

function chromeReason(node: Element): string | null {
  if (STRUCTURAL_CHROME[node.tagName]) return STRUCTURAL_CHROME[node.tagName];
  const role = String(node.properties.role ?? "");
  if (ROLE_CHROME[role]) return ROLE_CHROME[role];
  const names = [...toList(node.properties.className), ...toList(node.properties.id)].flatMap((name) => name.toLowerCase().split(/[\s_-]+/));
  for (const [pattern, reason] of CLASS_CHROME) if (names.some((name) => pattern.test(name))) return reason;
  return null;
}

function toList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value == null ? [] : [String(value)];
}

function countHandlers(node: Element, dropped: HtmlBlocks["dropped"]): void {
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name) || /^\s*javascript:/i.test(String(value))) dropped.handlers++;
  }
}

function textOf(node: Element): string | null {
  const text = node.children.map((child) => (child.type === "text" ? child.value : "")).join("").replace(/\s+/g, " ").trim();
  return text || null;
}
