/**
 * The rooms of ARCHITECTURE.md and who may import whom. A room is a folder of lib/; an import that no rule
 * below allows fails `npm run lint`. The table is layered (each room imports only rooms listed before it could
 * import it back), so rooms cannot form a cycle; `no-circular` also refuses cycles between modules.
 */

// Pure rooms first: they touch no database, no session and no file outside their own data.
const PURE = {
  domain: [],
  config: ["domain"],
  lang: ["domain"],
  text: ["domain", "lang"],
  metrics: ["domain", "text"],
  diff: ["domain", "text", "metrics"],
  align: ["domain", "text"],
  concordance: ["domain", "text", "diff"],
  comments: ["domain", "text", "diff"],
  // Which interface languages exist and how a flag's message is keyed: the part of lib/i18n the browser and the
  // data layer may use (the rest of lib/i18n reads the session and the request).
  "i18n-config": ["domain"],
  // The catalogues read from disk and refusals worded from them: no request, no session, so backups may word theirs.
  "i18n-wording": ["domain", "i18n-config"],
  // What the live event stream carries (the hub that sends it is a service).
  live: ["domain"],
  glossary: ["domain", "text", "lang", "diff", "i18n-config", "i18n-wording"],
  validation: ["domain", "text", "glossary", "concordance", "i18n-config"],
  import: ["domain", "text", "lang", "config", "validation", "align", "i18n-config", "i18n-wording"],
  review: ["domain", "text", "diff"],
  export: ["domain", "text", "metrics", "diff", "align", "import", "review"],
  backup: ["domain", "metrics", "validation", "export", "i18n-config", "i18n-wording"],
  checks: ["domain", "config", "text", "lang", "align", "glossary", "import"],
  languagetool: ["domain", "text", "checks"],
  workers: ["domain", "config", "text", "import", "checks"],
  report: ["domain", "text", "metrics", "diff", "review", "export", "backup", "checks", "i18n-config", "i18n-wording"],
  demo: ["domain"],
};

// Edges: the database, the session, and what combines them with the pure rooms.
const EDGES = {
  data: ["domain", "config", "text", "lang", "metrics", "diff", "align", "glossary", "validation", "import", "export", "backup", "report", "i18n-config"],
  auth: ["domain", "config", "validation", "glossary", "data"],
  i18n: ["domain", "config", "i18n-config", "data", "auth"],
  services: [...Object.keys(PURE), "data", "auth"],
  http: ["domain", "config", "validation", "i18n-config", "data", "auth", "i18n"],
  actions: [...Object.keys(PURE), "data", "auth", "i18n", "services", "http"],
};

const ROOMS = { ...PURE, ...EDGES };
const SUBROOMS = { "i18n-config": "lib/i18n/(config|flag-message)\\.ts$", "i18n-wording": "lib/i18n/(load-messages|catalogue-translator|refusal-wording)\\.ts$" };
const roomPath = (room) => SUBROOMS[room] ?? `lib/${room}/`;
const anyOf = (rooms) => `^(${rooms.map(roomPath).join("|")})`;
// lib/cn.ts, lib/format.ts and lib/seeded-random.ts: small helpers with no imports of ours, open to everyone.
const HELPERS = "^lib/[^/]+\\.ts$";
const ROOT_FILES = "^(proxy|instrumentation(-client)?|next\\.config|playwright\\.config|vitest\\.config|prisma\\.config)\\.[cm]?[jt]s$";
const outside = { dependencyTypesNot: ["local", "aliased"] };

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  allowedSeverity: "error",
  allowed: [
    // npm packages and Node's own modules
    { from: {}, to: outside },
    ...Object.entries(ROOMS).map(([room, mayImport]) => ({
      from: { path: `^${roomPath(room)}`, pathNot: Object.entries(SUBROOMS).filter(([sub]) => sub !== room).map(([, path]) => `^${path}`) },
      to: { path: [`^${roomPath(room)}`, anyOf(mayImport), HELPERS, ...(room === "data" ? ["^lib/data/generated/"] : [])].join("|") },
    })),
    // Client components render what pages load; they call server actions and never the database or the session.
    { from: { path: "^components/" }, to: { path: `^components/|${HELPERS}|${anyOf([...Object.keys(PURE), "actions", "auth/permissions"])}` } },
    // The shapes pages hand them may be named, without pulling the server code into the browser.
    { from: { path: "^components/" }, to: { path: anyOf(["data", "services", "auth"]), dependencyTypes: ["type-only"] } },
    // Known exceptions, each to be removed by the change it names.
    // Suggestion mining moves from lib/data to lib/services (issue 12 §3); until then the data module calls it.
    { from: { path: "^lib/data/glossary-suggestions\\.ts$" }, to: { path: "^lib/checks/mine-spellings\\.ts$" } },
    // A server component that reads the session; it belongs beside the pages in app/.
    { from: { path: "^components/no-access\\.tsx$" }, to: { path: "^lib/auth/session\\.ts$" } },
    { from: { path: "^app/" }, to: { path: "^(app|components|lib)/|^messages/|^proxy\\.ts$" } },
    { from: { path: "^(scripts|tests)/" }, to: { path: `^(app|components|lib|scripts|tests|messages|prisma)/|${ROOT_FILES}` } },
    { from: { path: ROOT_FILES }, to: { path: "^(lib|scripts|prisma)/" } },
    // The version a server reports.
    { from: { path: "^lib/services/" }, to: { path: "^package\\.json$" } },
    { from: { path: "^lib/i18n/" }, to: { path: "^messages/" } },
  ],
  forbidden: [
    // The seal on Db (ARCHITECTURE.md, "The data layer"): outside lib/data the handle can only be passed on.
    {
      name: "prisma-stays-in-data",
      severity: "error",
      comment: "Prisma's generated client and types are lib/data's own; call a named lib/data function instead.",
      // The enum values are no client: a test checks that lib/domain's enums match them.
      from: { pathNot: "^lib/data/|^tests/unit/domain/prisma-enums\\.test\\.ts$" },
      to: { path: "^lib/data/generated/" },
    },
    {
      name: "prisma-packages-stay-in-data",
      severity: "error",
      comment: "Prisma's packages and adapters are lib/data's own; call a named lib/data function instead.",
      // prisma/ holds the CLI's own setup (the shadow database for `prisma migrate`).
      from: { pathNot: "^(lib/data|prisma)/" },
      to: { path: "node_modules/(@prisma/|pglite-prisma-adapter/)" },
    },
    {
      name: "pglite-stays-in-data",
      severity: "error",
      comment: "The embedded PostgreSQL is opened by lib/data's openPglite (in memory for tests, or on a data folder); nothing else creates one.",
      from: { pathNot: "^(lib/data|prisma)/|^prisma\\.config\\.ts$" },
      to: { path: "node_modules/@electric-sql/pglite/" },
    },
    {
      name: "postgres-driver-stays-in-data",
      severity: "error",
      comment: "Only lib/data talks to PostgreSQL; a store or query over `pg` is a named lib/data function (rate-limit-store.ts, live-listener.ts).",
      // Scripts and tests create, fill and drop throwaway databases on a server, which no application code does.
      from: { pathNot: "^(lib/data|scripts|tests)/" },
      to: { path: "node_modules/pg(-pool|-cursor|-native|-protocol|-connection-string)?/" },
    },
    {
      name: "handle-unsealed-in-data-only",
      severity: "error",
      comment: "lib/data/prisma-handle.ts turns a Db back into the Prisma client; only lib/data may do that.",
      from: { pathNot: "^lib/data/" },
      to: { path: "^lib/data/prisma-handle\\.ts$" },
    },
    {
      name: "test-door-for-tests-only",
      severity: "error",
      comment: "lib/data/testing.ts is the tests' one door past the seal on Db; application code calls lib/data's functions.",
      from: { pathNot: "^(lib/data|tests)/" },
      to: { path: "^lib/data/testing\\.ts$" },
    },
    // A cycle that closes only through `import type` is erased at run time (lib/workers/in-process.ts names a type of the pool that imports it).
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules import each other round in a circle; split out what both need.",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    // Packages and generated code are not cruised, but imports of them are: the seal's rules above judge them.
    doNotFollow: { path: "^(node_modules|lib/data/generated)/" },
    exclude: { path: "^\\.next/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      conditionNames: ["import", "require", "node", "default", "types"],
      exportsFields: ["exports"],
    },
  },
};
