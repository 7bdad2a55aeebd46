import { alignParagraphs, type AlignOptions } from "./gale-church";
import type { Link } from "./links";

/**
 * Aligns a source with an article whose site text and bylines have no counterpart in the original: those target
 * paragraphs stay outside the alignment (a link of their own, without source) and the rest is aligned by
 * `alignParagraphs`. Positions in the result are the article's.
 */
export function alignArticle(sources: readonly string[], targets: readonly { text: string; alignable: boolean }[], options: AlignOptions = {}): Link[] {
  const positions = targets.flatMap((t, position) => (t.alignable ? [position] : []));
  // A link's targets stay a run: site text between two of them (a share bar inside a split paragraph) joins the link.
  const aligned = alignParagraphs(sources, positions.map((p) => targets[p].text), options).map((link) => {
    if (link.target.length === 0) return link;
    const first = positions[link.target[0]];
    const last = positions[link.target[link.target.length - 1]];
    return { source: link.source, target: Array.from({ length: last - first + 1 }, (_, i) => first + i) };
  });
  const links: Link[] = [];
  let next = 0;
  const flushUntil = (position: number) => {
    for (; next < position; next++) if (!targets[next].alignable) links.push({ source: [], target: [next] });
  };
  for (const link of aligned) {
    if (link.target.length > 0) flushUntil(link.target[0]);
    links.push(link);
    if (link.target.length > 0) next = link.target[link.target.length - 1] + 1;
  }
  flushUntil(targets.length);
  return links;
}
