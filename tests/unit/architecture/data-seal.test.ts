import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/data/db";

// The seal on Db (ARCHITECTURE.md, "The data layer"), checked by reading every import the way tsc resolves it:
// `npm run lint` refuses the same imports, this keeps the rule alive if the linter's configuration drifts.
const ROOT = process.cwd();
const SCANNED = ["app", "components", "lib", "scripts", "tests"];
const SKIPPED = /^(node_modules|\.next|lib\/data\/generated)\//;
const GENERATED = "lib/data/generated/";
const HANDLE = "lib/data/prisma-handle.ts";
const TEST_DOOR = "lib/data/testing.ts";
// Enum values, no client: the test that checks lib/domain's enums against the database's.
const ENUMS_CHECK = "tests/unit/domain/prisma-enums.test.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (SKIPPED.test(`${file}/`)) return [];
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|mjs|cjs|js)$/.test(entry.name) ? [file] : [];
  });
}

const compilerOptions = ts.parseJsonConfigFileContent(ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config, ts.sys, ROOT).options;

const PRISMA_PACKAGE = /^(@prisma\/|pglite-prisma-adapter$)/;
const POSTGRES_DRIVER = /^pg(-pool|-cursor|-native|-protocol|-connection-string)?$/;
// Scripts and tests create, fill and drop throwaway databases on a server, which no application code does.
const MAY_DRIVE_POSTGRES = /^(scripts|tests)\//;

/** What a file imports, `import type` and `import()` included: files of ours as paths from the root, packages by name. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(path.join(ROOT, file), "utf8"), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    const resolved = ts.resolveModuleName(fileName, path.join(ROOT, file), compilerOptions, ts.sys).resolvedModule;
    if (!resolved) return [];
    if (resolved.isExternalLibraryImport) return [fileName];
    return [path.relative(ROOT, resolved.resolvedFileName).split(path.sep).join("/")];
  });
}

function refusal(from: string, to: string): string | null {
  if (from.startsWith("lib/data/")) return null;
  if (to === HANDLE) return "unseals Db";
  if (PRISMA_PACKAGE.test(to)) return "imports a Prisma package";
  if (POSTGRES_DRIVER.test(to)) return MAY_DRIVE_POSTGRES.test(from) ? null : "talks to PostgreSQL";
  if (to.startsWith(GENERATED)) return from === ENUMS_CHECK && to === `${GENERATED}prisma/enums.ts` ? null : "imports Prisma's generated code";
  if (to === TEST_DOOR) return from.startsWith("tests/") ? null : "opens the tests' door";
  return null;
}

describe("the seal on the data layer", () => {
  const files = SCANNED.flatMap(sourceFiles);
  const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));

  it("keeps Prisma, its packages, the PostgreSQL driver and the cast back to it inside lib/data; only tests use the door lib/data/testing.ts opens", () => {
    const broken = edges.flatMap(({ from, to }) => {
      const why = refusal(from, to);
      return why ? [`${from} ${why}: ${to}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it("reads real imports: lib/data's own use of the handle and the tests' use of the door are seen", () => {
    expect(files.length).toBeGreaterThan(500);
    expect(edges.some(({ from, to }) => from.startsWith("lib/data/") && to === HANDLE)).toBe(true);
    expect(edges.some(({ from, to }) => from.startsWith("tests/integration/") && to === TEST_DOOR)).toBe(true);
    expect(edges.some(({ from, to }) => from === "lib/data/db.ts" && to === "@prisma/adapter-pg")).toBe(true);
    expect(edges.some(({ from, to }) => from === "lib/data/rate-limit-store.ts" && to === "pg")).toBe(true);
    expect(refusal("lib/services/example.ts", HANDLE)).not.toBeNull();
    expect(refusal("lib/auth/example.ts", "pg")).not.toBeNull();
  });

  it("leaves nothing to query on the handle outside lib/data (the lines below are for tsc to judge)", () => {
    const queries = (db: Db) => [
      // @ts-expect-error: Db is sealed; were it the Prisma client again, this line would compile and tsc would fail.
      db.paragraph,
      // @ts-expect-error: the same for a transaction opened outside lib/data.
      db.$transaction,
    ];
    expect(queries).toBeTypeOf("function");
  });
});
