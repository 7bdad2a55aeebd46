import path from "node:path";
import { listArticlesTitled } from "@/lib/data/articles";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import type { SaveOutcome } from "../load/run-load";
import { verifySaves } from "../load/verify-saves";
import { runAndKill } from "./kill-during";

export interface ReopenResult {
  opened: OpenDatabase | null;
  error: string | null;
}

/** Opens the embedded database in a data directory the way the app does after a crash: recovery, migrations. */
export async function reopen(dataDir: string): Promise<ReopenResult> {
  try {
    return { opened: await openPglite(path.join(dataDir, "pglite")), error: null };
  } catch (error) {
    return { opened: null, error: error instanceof Error ? error.message : String(error) };
  }
}

const workerEnv = (dataDir: string) => ({ LAPIDAR_DATA_DIR: dataDir, DATABASE_URL: "", PGLITE_DIR: "" });

/** What a worker that ended on its own printed last: why it was never killed. */
const workerError = (run: { killed: boolean; stderr: string }) => (run.killed ? null : run.stderr.slice(-2000) || "the worker exited without error");

export interface SaveCrash {
  acknowledged: number;
  killed: boolean;
  workerError: string | null;
  openError: string | null;
  lost: string[];
}

/** Kills a stream of saves after `acks` acknowledgements, reopens, and looks for every acknowledged save. */
export async function crashDuringSaves(dataDir: string, input: { userId: number; paragraphIds: number[]; acks: number }): Promise<SaveCrash> {
  const run = await runAndKill(
    "scripts/faults/save-worker.ts",
    [String(input.userId), ...input.paragraphIds.map(String)],
    workerEnv(dataDir),
    (events) => events.filter((e) => e.type === "ack").length >= input.acks,
  );
  const acked: SaveOutcome[] = run.events
    .filter((e) => e.type === "ack")
    .map((e) => ({ kind: "accepted", paragraphId: Number(e.paragraphId), userId: Number(e.userId), version: Number(e.version), text: String(e.text) }));
  const { opened, error } = await reopen(dataDir);
  if (!opened) return { acknowledged: acked.length, killed: run.killed, workerError: workerError(run), openError: error, lost: [] };
  try {
    const verification = await verifySaves(opened.db, acked);
    return { acknowledged: acked.length, killed: run.killed, workerError: workerError(run), openError: null, lost: verification.lost };
  } finally {
    await opened.close();
  }
}

export interface ImportCrash {
  batchesSeen: number;
  killed: boolean;
  workerError: string | null;
  openError: string | null;
  /** Articles with this title and how many paragraphs each has: none, or one complete one. */
  visible: { id: number; paragraphs: number }[];
}

/** Kills an import after its first batch of paragraphs is written inside the transaction, then reopens. */
export async function crashDuringImport(dataDir: string, input: { title: string; paragraphs: number; userId: number }): Promise<ImportCrash> {
  const run = await runAndKill(
    "scripts/faults/import-worker.ts",
    [input.title, String(input.paragraphs), String(input.userId)],
    workerEnv(dataDir),
    (events) => events.some((e) => e.type === "saving"),
  );
  const { opened, error } = await reopen(dataDir);
  const batchesSeen = run.events.filter((e) => e.type === "saving").length;
  if (!opened) return { batchesSeen, killed: run.killed, workerError: workerError(run), openError: error, visible: [] };
  try {
    const visible = await listArticlesTitled(opened.db, { title: input.title });
    return { batchesSeen, killed: run.killed, workerError: workerError(run), openError: null, visible };
  } finally {
    await opened.close();
  }
}
