// `npm run db:migrate -- NAME`: writes prisma/migrations/<timestamp>_NAME/migration.sql with the SQL
// that takes the committed migrations to the current schema. Prisma's own `migrate dev` needs a live
// database connection through the CLI; the diff only needs the in-memory shadow database.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migrate -- NAME   (lower case letters, digits and _)");
  process.exit(2);
}

const sql = execFileSync(
  "npx",
  [
    "prisma", "migrate", "diff",
    "--from-migrations", path.join("prisma", "migrations"),
    "--to-schema-datamodel", path.join("prisma", "schema.prisma"),
    "--script",
  ],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);

if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${path.join(dir, "migration.sql")}`);
