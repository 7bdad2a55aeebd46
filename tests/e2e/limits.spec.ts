import { readFileSync } from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { BACKUP_FORMAT, BACKUP_VERSION } from "@/lib/backup/format";
import config from "../../playwright.config";
import { storageState, type AccountName } from "./support/accounts";
import { importText, sizeText } from "@/lib/import/wording";
import { catalogueTranslator } from "@/lib/i18n/catalogue-translator";
import { UI_LOCALES } from "@/lib/i18n/config";

/**
 * Upload limits hold while the body streams in, whatever the client declares, and a backup larger than
 * the framework's 10 MB proxy buffer still arrives whole.
 */

const baseURL = new URL(config.use!.baseURL!);

function cookieOf(account: AccountName): string {
  const state = JSON.parse(readFileSync(storageState(account), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

interface Streamed {
  status: number;
  body: string;
  /** Bytes written when the answer came. */
  sentBeforeAnswer: number;
}

/**
 * A chunked POST (no Content-Length) that keeps sending until the server answers or `budget` bytes
 * have gone. A server that waited for the end of the body would answer only after the whole budget.
 */
function streamUpload(path: string, account: AccountName, contentType: string, prefix: string, budget: number): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: baseURL.hostname,
      port: baseURL.port,
      path,
      method: "POST",
      headers: { cookie: cookieOf(account), "content-type": contentType, origin: baseURL.origin, "transfer-encoding": "chunked" },
    });
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(parts).toString("utf8"), sentBeforeAnswer });
        request.destroy();
      });
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    request.write(prefix);
    sent += Buffer.byteLength(prefix);
    const pump = () => {
      while (!answered && sent < budget) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}

const BOUNDARY = "----lapidar-limit-test";
const multipartStart = (fields: Record<string, string>, file: string) =>
  Object.entries(fields)
    .map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("") + `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file}"\r\nContent-Type: text/plain\r\n\r\n`;

const MB = 1024 * 1024;
// Far past every limit: a server that read to the end first would take this whole budget to answer.
const BUDGET = 300 * MB;

test.describe("a chunked upload past the limit is refused while it streams", () => {
  test("article import (5 MB)", async () => {
    const answer = await streamUpload("/api/import", "reviewer", `multipart/form-data; boundary=${BOUNDARY}`, multipartStart({ locale: "pt-PT" }, "big.txt"), BUDGET);
    expect(answer.status).toBe(413);
    // Worded on the server in the request's interface language, for an editor.
    const worded = UI_LOCALES.map((locale) => importText(locale, { key: "errors.bodyTooLarge", values: { limitBytes: 5 * MB, audience: "editor" } }));
    expect(worded).toContain(JSON.parse(answer.body).error);
    expect(answer.sentBeforeAnswer).toBeLessThan(40 * MB);
  });

  test("glossary import (5 MB)", async () => {
    const answer = await streamUpload("/api/glossary/import", "reviewer", `multipart/form-data; boundary=${BOUNDARY}`, multipartStart({}, "big.csv"), BUDGET);
    expect(answer.status).toBe(413);
    // Worded on the server in the request's interface language.
    const worded = UI_LOCALES.map((locale) => catalogueTranslator(locale, "glossary.file")("tooLarge", { limit: sizeText(locale, 5 * MB) }));
    expect(worded).toContain(JSON.parse(answer.body).error);
    expect(answer.sentBeforeAnswer).toBeLessThan(40 * MB);
  });

  test("backup restore (100 MB)", async () => {
    test.setTimeout(120_000);
    const answer = await streamUpload("/api/backup/restore", "admin", "application/json", "[", BUDGET);
    expect(answer.status).toBe(413);
    // Worded on the server in the request's interface language.
    const worded = UI_LOCALES.map((locale) => catalogueTranslator(locale, "backup.refusal")("tooLarge", { limit: sizeText(locale, 100 * MB) }));
    expect(worded).toContain(JSON.parse(answer.body).error);
    expect(answer.sentBeforeAnswer).toBeLessThan(140 * MB);
  });
});

/** A valid backup of one paragraph whose history makes it about `megabytes` long. */
function bigBackup(megabytes: number): string {
  const at = "2026-12-01T10:00:00.000Z";
  const size = 99_000;
  const count = Math.ceil((megabytes * MB) / size);
  const revisions = Array.from({ length: count }, (_, i) => ({
    version: i + 1,
    text: `Versão ${i + 1}. ${"Texto de uma revisão longa. ".repeat(size / 28)}`.slice(0, size),
    kind: i === 0 ? "import" : "edit",
    author: null,
    createdAt: at,
    note: null,
  }));
  const last = revisions[revisions.length - 1];
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: at,
    article: { title: `Cópia de ${megabytes} MB`, author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", status: "in_review", createdAt: at, createdBy: null },
    paragraphs: [
      {
        position: 0,
        kind: "body",
        machineText: revisions[0].text,
        currentText: last.text,
        status: "edited",
        version: last.version,
        updatedBy: null,
        updatedAt: at,
        approvedBy: null,
        approvedAt: null,
        revisions,
        dismissals: [],
        annotations: [],
      },
    ],
  });
}

test("a backup past the framework's 10 MB body buffer restores whole", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ storageState: storageState("admin") });
  const backup = bigBackup(24);
  expect(backup.length).toBeGreaterThan(20 * MB);
  const restored = await context.request.post("/api/backup/restore", {
    multipart: { file: { name: "big.json", mimeType: "application/json", buffer: Buffer.from(backup) } },
    headers: { origin: baseURL.origin },
    timeout: 110_000,
  });
  expect(restored.status(), await restored.text()).toBe(201);
  const { id } = (await restored.json()) as { id: number };
  const page = await context.newPage();
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("heading", { name: "Cópia de 24 MB" })).toBeVisible();
  await context.close();
});
