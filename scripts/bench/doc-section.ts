import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * docs/benchmarks.md holds `npm run bench`'s tables plus sections that other benchmarks write on their own
 * (`<!-- section:NAME -->` … `<!-- /section:NAME -->`), so that running one benchmark never erases another's figures.
 */
const SECTION = /<!-- section:([\w-]+) -->[\s\S]*?<!-- \/section:\1 -->\n?/g;

export function sectionsOf(markdown: string): string[] {
  return [...markdown.matchAll(SECTION)].map((m) => m[0].trimEnd() + "\n");
}

/** Writes one section into the file, replacing its earlier version in place or appending it. */
export function writeSection(file: string, name: string, body: string): void {
  const block = `<!-- section:${name} -->\n${body.trimEnd()}\n<!-- /section:${name} -->\n`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const pattern = new RegExp(`<!-- section:${name} -->[\\s\\S]*?<!-- /section:${name} -->\\n?`);
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}`);
}
