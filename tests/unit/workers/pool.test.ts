import { afterAll, describe, expect, it } from "vitest";
import { CHECKS, loadFlagger } from "@/lib/checks";
import { splitPlainText } from "@/lib/import/split-text";
import { FlagPool } from "@/lib/workers/pool";
import { readSharedFixture } from "../../shared-fixtures";

const settings = { LAPIDAR_FLAG_WORKERS: 2, LAPIDAR_CHECK_BUDGET_MS: 300, LAPIDAR_IMPORT_BUDGET_MS: 500, LAPIDAR_WORKER_MEMORY_MB: 512 };
const stubborn = new FlagPool(settings, new URL("./support/stubborn-worker.ts", import.meta.url));
const hungry = new FlagPool({ ...settings, LAPIDAR_FLAG_WORKERS: 1, LAPIDAR_CHECK_BUDGET_MS: 120_000, LAPIDAR_WORKER_MEMORY_MB: 256 }, new URL("./support/stubborn-worker.ts", import.meta.url));
const real = new FlagPool({ ...settings, LAPIDAR_FLAG_WORKERS: 1, LAPIDAR_CHECK_BUDGET_MS: 120_000, LAPIDAR_IMPORT_BUDGET_MS: 120_000 });
afterAll(() => Promise.all([stubborn.close(), hungry.close(), real.close()]));

// Worker start-up (tsx compiling the checks, the dictionaries) takes seconds, many on a busy machine.
const SLOW = 240_000;

const body = (...texts: string[]) => ({ locale: "pt-PT" as const, paragraphs: texts.map((text) => ({ kind: "body" as const, text })) });

describe("flagging pool", () => {
  it("stops a check that runs past its budget, reports it with its paragraph, and returns every other flag", async () => {
    const outcome = await stubborn.flag("article:1", body("calmo", "loop 1", "calmo"));
    expect(outcome.stopped).toEqual([{ check: CHECKS[1].id, paragraph: 1, ms: expect.any(Number), reason: "time" }]);
    expect(outcome.stopped[0].ms).toBeGreaterThanOrEqual(300);
    expect(outcome.flags).toHaveLength(3);
  }, SLOW);

  it("stops every stuck check of an article in turn", async () => {
    const outcome = await stubborn.flag("article:2", body("loop 0", "loop 2"));
    expect(outcome.stopped.map((s) => [s.check, s.paragraph])).toEqual([[CHECKS[0].id, 0], [CHECKS[2].id, 1]]);
  }, SLOW);

  it("answers other requests while one worker is stuck", async () => {
    const order: string[] = [];
    const stuck = stubborn.flag("article:3", body("loop 0")).then(() => order.push("stuck"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const quick = stubborn.flag("article:4", body("calmo")).then(() => order.push("quick"));
    await Promise.all([stuck, quick]);
    expect(order).toEqual(["quick", "stuck"]);
  }, SLOW);

  it("stops a check that runs past the worker's memory limit", async () => {
    const outcome = await hungry.flag("article:5", body("calmo", "hog 2"));
    expect(outcome.stopped).toEqual([{ check: CHECKS[2].id, paragraph: 1, ms: expect.any(Number), reason: "memory" }]);
  }, SLOW);

  it("gives up on an upload that takes longer than its budget", async () => {
    expect(await stubborn.parseImport({ kind: "text", text: "slow" }, {})).toBe("budget");
    expect(await stubborn.parseImport({ kind: "text", text: "ok" }, {})).toMatchObject({ ok: false, error: { code: "empty" } });
  }, SLOW);

  it("flags the seed article on its worker as the whole-article flagger does, incrementally after an edit", async () => {
    const whole = await loadFlagger();
    const input = { locale: "pt-BR" as const, glossary: [], acceptedWords: [], paragraphs: splitPlainText(readSharedFixture("seed-article.txt")).paragraphs };
    const first = await real.flag("seed", input);
    expect(first.flags).toEqual(whole.flagArticle(input));
    const edited = { ...input, paragraphs: input.paragraphs.map((p, i) => (i === 5 ? { ...p, text: `${p.text} A Meituan comprou a Light Years Beyond.` } : p)) };
    const second = await real.flag("seed", edited);
    expect(second.flags).toEqual(whole.flagArticle(edited));
    expect(second.computed).toBeLessThan(first.computed / 10);
    const parsed = await real.parseImport({ kind: "text", text: "Título\n\nUm parágrafo do artigo." }, {});
    expect(parsed).toMatchObject({ ok: true, article: { title: "Título" } });
  }, 2 * SLOW);
});
