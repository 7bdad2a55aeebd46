import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ACTIONS = path.join(process.cwd(), "lib/actions");

/** `approveParagraph` → `approve-paragraph`: the file an action lives in (ARCHITECTURE.md, lib/actions/<verb-entity>.ts). */
function fileNameFor(exportName: string): string {
  return exportName.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

describe("server actions", () => {
  const files = readdirSync(ACTIONS).filter((file) => file.endsWith(".ts"));
  const actionFiles = files.filter((file) => /^\s*["']use server["']/.test(readFileSync(path.join(ACTIONS, file), "utf8")));
  const exportsOf = (file: string) =>
    [...readFileSync(path.join(ACTIONS, file), "utf8").matchAll(/^export (?:const|async function) (\w+)/gm)].map((m) => m[1]);

  it("are one per file (ARCHITECTURE.md)", () => {
    const wrong = actionFiles.flatMap((file) => {
      const exported = exportsOf(file);
      return exported.length === 1 ? [] : [`${file}: ${exported.join(", ") || "no action"}`];
    });
    expect(wrong).toEqual([]);
  });

  it("live in the file named for them, so an importer's path says which action it calls", () => {
    const misnamed = actionFiles.flatMap((file) => {
      const exported = exportsOf(file);
      return exported.some((name) => `${fileNameFor(name)}.ts` === file) ? [] : [`${file}: ${exported.join(", ") || "no action"}`];
    });
    expect(misnamed).toEqual([]);
  });

  it("are found at all: the checks above read real files and name them the way the files are named", () => {
    expect(actionFiles.length).toBeGreaterThan(30);
    expect(fileNameFor("approveParagraph")).toBe("approve-paragraph");
    expect(fileNameFor("chooseOwnUiLocale")).toBe("choose-own-ui-locale");
    expect(actionFiles).toContain("save-paragraph.ts");
  });
});
