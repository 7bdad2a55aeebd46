// `npm start`: the demo. Prepares the embedded database (migrations, a demo administrator with a random
// password and a demo article on first run), builds the app when the sources are newer than the build,
// then serves it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { authSecret } from "@/lib/auth/secret";
import { pgliteDir, postgresUrl } from "@/lib/config";
import { prepareDemo } from "./demo/prepare-demo";
import { env } from "@/lib/config";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package.json", "postcss.config.mjs", "prisma/schema.prisma"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= built);
}

async function main() {
  const port = String(env().PORT ?? 3000);
  // On the embedded database, generated once and kept in the data directory, and passed on to the server;
  // on a PostgreSQL server, NEXTAUTH_SECRET must be set, and this stops with the reason when it is not.
  process.env.NEXTAUTH_SECRET = authSecret();
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  const demo = await prepareDemo();

  if (!buildIsCurrent()) {
    console.log("Building Lapidar (first start or changed sources; about 30 s)…");
    const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const url = `http://localhost:${port}`;
  console.log(`\nLapidar is starting on ${url} (${postgresUrl() ? "PostgreSQL server from DATABASE_URL" : `embedded database in ${path.relative(root, pgliteDir()) || pgliteDir()}`})`);
  if (demo.kind === "created") {
    console.log(`Sign in as ${demo.email} with the password ${demo.password}`);
    console.log("It is shown this once only: note it, or change it on your account page after signing in.");
  } else if (demo.kind === "exists") {
    console.log(`Sign in as ${demo.email} with the password shown at the first start (to set a new one: npm run lapidar -- user:password --email ${demo.email}).`);
  } else {
    console.log("Sign in with your account, or create the first administrator if there is none yet.");
  }
  console.log("Stop with Ctrl+C.\n");

  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port], { cwd: root, stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
