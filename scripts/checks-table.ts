import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CHECKS } from "@/lib/checks";
import type { Check } from "@/lib/checks/types";

/**
 * `npm run docs:checks`: prints the table of checks, generated from the registry, and rewrites it in the README
 * between the markers, so that the README cannot drift from the checks (a unit test fails when it does).
 */
export const README = path.resolve(import.meta.dirname, "..", "README.md");
export const START = "<!-- checks:start -->";
export const END = "<!-- checks:end -->";

const cell = (text: string) => text.replaceAll("|", "\\|");

export function checksTable(checks: readonly Check[] = CHECKS): string {
  const rows = checks.map((c) => `| \`${c.id}\` | ${cell(c.title)} | ${cell(c.mqm)} | ${c.defaultSeverity} | ${c.suggests} |`);
  return ["| check | finds | MQM type | default severity | suggestions |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** Where the generated table sits: just after the start marker, up to the end marker. */
function region(readme: string): [number, number] | null {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start < 0 || end < start ? null : [start + START.length, end];
}

/** The table the README holds now, or null when it has no markers. */
export function tableIn(readme: string): string | null {
  const found = region(readme);
  return found && readme.slice(...found).trim();
}

export function withChecksTable(readme: string, table: string): string {
  const found = region(readme);
  if (!found) throw new Error(`${README} has no ${START} … ${END} markers`);
  return `${readme.slice(0, found[0])}\n${table}\n${readme.slice(found[1])}`;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const table = checksTable();
  const readme = readFileSync(README, "utf8");
  const updated = withChecksTable(readme, table);
  if (updated !== readme) writeFileSync(README, updated);
  console.log(table);
}
