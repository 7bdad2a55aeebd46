import type { Category } from "@/lib/domain";

/** LanguageTool writes rule ids in upper case with underscores; clients send them back to disable a rule. */
export function ruleId(check: string): string {
  return `LAPIDAR_${check.toUpperCase().replace(/-/g, "_")}`;
}

/** A client may name a rule by its LanguageTool id or by Lapidar's check id. */
export function ruleMatches(names: ReadonlySet<string>, check: string): boolean {
  return names.has(ruleId(check)) || names.has(check.toUpperCase());
}

export function categoryId(category: Category): string {
  return category.toUpperCase().replace(/\s+/g, "_");
}
