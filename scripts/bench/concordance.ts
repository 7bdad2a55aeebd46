import { execFileSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openPostgres } from "@/lib/data/db";
import { readDemoArticle } from "@/lib/demo";
import { CONCORDANCE_COUNT_CAP } from "@/lib/concordance/limits";
import { lookUpPhrase } from "@/lib/services/concordance";
import { concordanceQuerySchema } from "@/lib/validation/concordance";
import { writeSection } from "./doc-section";
import { describeMachine, loadAverage } from "./machine";
import { postgresUrl } from "@/lib/config";

/**
 * `npm run bench:concordance [-- --articles 500 --paragraphs 2000]`: the concordance on a PostgreSQL server
 * (DATABASE_URL, or a throwaway cluster started here) holding that many articles of that many paragraphs.
 * Each query is the whole page's work: the indexed phrase search, the capped count, and the diffs and tally
 * over the newest 200 hits. Writes its section of docs/benchmarks.md.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const { values } = parseArgs({ options: { articles: { type: "string", default: "500" }, paragraphs: { type: "string", default: "2000" }, rounds: { type: "string", default: "5" } } });
const ARTICLES = Number(values.articles);
const PARAGRAPHS = Number(values.paragraphs);
const log = (line: string) => console.error(line);

// Rare to everywhere: a reviewer looks up names and calques far more often than "a empresa".
const QUERIES = [
  "necessidade justa", "HKUST Xunfei", "círculo de amigos", "aprendizado imediato", "Jiazi Guangnian", "robôs", "armazéns",
  "ronda de financiamento", "a empresa", "de", "inteligência artificial", "Hangzhou", "mil milhões de yuan", "fundador e CEO", "no entanto",
  "cadeia de abastecimento", "China Film Capital", "logística", "não existe em lado nenhum", "segundo o relatório",
];

function server(): { url: string; stop: () => void } {
  const configured = postgresUrl();
  if (configured) return { url: configured, stop: () => {} };
  const out = execFileSync("bash", [path.join(ROOT, "scripts/pg-temp.sh"), "start"], { encoding: "utf8" });
  const dir = out.match(/PG_TEMP_DIR=(\S+)/)![1];
  return { url: out.match(/DATABASE_URL=(\S+)/)![1], stop: () => execFileSync("bash", [path.join(ROOT, "scripts/pg-temp.sh"), "stop", dir]) };
}

/** Sentences of the demo article, plus garbles seeded at known rates, corrected in some paragraphs and not in others. */
function sentencePool(): string[] {
  const text = readDemoArticle();
  const sentences = [...new Intl.Segmenter("pt", { granularity: "sentence" }).segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 30);
  const garbles = ["Para muitas empresas, a IA tornou-se uma necessidade justa.", "A HKUST Xunfei lançou o seu modelo.", "Os dois investidores discutiram no círculo de amigos.", "O aprendizado imediato melhora os resultados.", "A Jiazi Guangnian publicou o relatório.", "A China Film Capital liderou a ronda."];
  return [...sentences, ...garbles];
}

async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const existing = await client.query(`SELECT count(*)::int AS n FROM "Paragraph"`);
  if (existing.rows[0].n >= ARTICLES * PARAGRAPHS) {
    log(`database already holds ${existing.rows[0].n.toLocaleString("en")} paragraphs`);
    await client.end();
    return;
  }
  const started = performance.now();
  const pool = sentencePool();
  await client.query(`INSERT INTO "User" (email, name, "passwordHash", role) VALUES ('bench@example.com', 'Rita Bench', 'x', 'reviewer') ON CONFLICT DO NOTHING`);
  const { rows } = await client.query(`SELECT id FROM "User" WHERE email = 'bench@example.com'`);
  const userId = rows[0].id as number;
  for (let a = 0; a < ARTICLES; a++) {
    const { rows: created } = await client.query(`INSERT INTO "Article" (title, locale, "updatedAt") VALUES ($1, 'pt-PT', now()) RETURNING id`, [`Artigo de referência ${a + 1}`]);
    // Two sentences per paragraph; about a third of the paragraphs were corrected by a reviewer.
    await client.query(
      `INSERT INTO "Paragraph" ("articleId", position, kind, "machineText", "currentText", version, "updatedById", "updatedAt")
       SELECT $1, g, 'body', m,
              CASE WHEN r < 0.33 THEN replace(replace(replace(m, 'necessidade justa', 'necessidade real'), 'HKUST Xunfei', 'iFlytek'), 'círculo de amigos', 'WeChat Moments') ELSE m END,
              CASE WHEN r < 0.33 THEN 2 ELSE 1 END, $2, now() - make_interval(secs => g)
       FROM (SELECT g, random() AS r, $4::text[] AS pool FROM generate_series(0, $3 - 1) g) x
       CROSS JOIN LATERAL (SELECT pool[1 + floor(random() * cardinality(pool))::int] || ' ' || pool[1 + floor(random() * cardinality(pool))::int] AS m) y`,
      [created[0].id, userId, PARAGRAPHS, pool],
    );
    if ((a + 1) % 50 === 0) log(`  ${a + 1} articles (${Math.round((performance.now() - started) / 1000)} s)`);
  }
  await client.query(`ANALYZE "Paragraph"`);
  await client.end();
  log(`seeded ${(ARTICLES * PARAGRAPHS).toLocaleString("en")} paragraphs in ${Math.round((performance.now() - started) / 1000)} s`);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const pgServer = server();
try {
  const { db, close } = await openPostgres(pgServer.url, { migrate: true });
  await seed(pgServer.url);
  const times: number[] = [];
  const perQuery: string[] = [];
  try {
    for (const q of QUERIES) await lookUpPhrase(db, concordanceQuerySchema.parse({ q })); // warm the cache once
    for (const q of QUERIES) {
      const own: number[] = [];
      let total = 0;
      for (let round = 0; round < Number(values.rounds); round++) {
        const started = performance.now();
        const result = await lookUpPhrase(db, concordanceQuerySchema.parse({ q }));
        own.push(performance.now() - started);
        total = result.total;
      }
      times.push(...own);
      perQuery.push(`${q.padEnd(28)} ${(total > CONCORDANCE_COUNT_CAP ? `>${CONCORDANCE_COUNT_CAP}` : String(total)).padStart(6)} hits   median ${own.sort((a, b) => a - b)[Math.floor(own.length / 2)].toFixed(1)} ms`);
    }
  } finally {
    await close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50).toFixed(1);
  const p95 = percentile(sorted, 95).toFixed(1);
  const body = [
    "## Concordance (`npm run bench:concordance`)",
    "",
    `Written on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC. Machine: ${describeMachine()}; load average ${loadAverage()}.`,
    `PostgreSQL server, ${ARTICLES.toLocaleString("en")} articles × ${PARAGRAPHS.toLocaleString("en")} paragraphs (${(ARTICLES * PARAGRAPHS).toLocaleString("en")} paragraphs).`,
    `${QUERIES.length} phrases × ${values.rounds} rounds, each the page's whole work (phrase search on the GIN-indexed words, capped count, diffs and tally of the newest 200 hits).`,
    "",
    "| measure | figure | goal | verdict |",
    "|---|---|---|---|",
    `| concordance lookup p50 / p95 | ${p50} / ${p95} ms | p95 under 300 ms | ${Number(p95) < 300 ? "met" : `missed: p95 ${p95} ms`} |`,
    "",
    "```",
    ...perQuery,
    "```",
  ].join("\n");
  writeSection(path.join(ROOT, "docs", "benchmarks.md"), "concordance", body);
  console.log(body);
} finally {
  pgServer.stop();
}
