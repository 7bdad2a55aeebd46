import type { Locale } from "@/lib/domain";
import { Prisma } from "./generated/prisma/client";
import { prismaOf, type Db } from "./prisma-handle";

export type ConcordanceScope = "machine" | "current" | "both";

export interface ConcordanceRow {
  paragraphId: number;
  articleId: number;
  articleTitle: string;
  locale: Locale;
  archived: boolean;
  position: number;
  machineText: string;
  currentText: string;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface ConcordanceQuery {
  /** The phrase's words; the index matches them in order. */
  words: string[];
  scope: ConcordanceScope;
  locale?: Locale;
  /** The article a reviewer came from: "how was this corrected elsewhere". */
  excludeArticleId?: number;
  limit: number;
  /** Counting stops here: past it the answer is "more than". */
  countCap: number;
}

function where(query: ConcordanceQuery): Prisma.Sql {
  const phrase = Prisma.sql`phraseto_tsquery('simple', ${query.words.join(" ")})`;
  const inMachine = Prisma.sql`p."machineWords" @@ ${phrase}`;
  const inCurrent = Prisma.sql`p."currentWords" @@ ${phrase}`;
  const match = query.scope === "machine" ? inMachine : query.scope === "current" ? inCurrent : Prisma.sql`(${inMachine} OR ${inCurrent})`;
  const filters = [match];
  if (query.locale) filters.push(Prisma.sql`a.locale = ${query.locale}::"Locale"`);
  if (query.excludeArticleId) filters.push(Prisma.sql`a.id <> ${query.excludeArticleId}`);
  return Prisma.join(filters, " AND ");
}

/**
 * Paragraphs of every article holding the phrase, the most recently changed first: what reviewers did with it
 * lately is what the concordance is for. The capped count runs first, on the GIN-indexed word columns. When
 * the phrase is rarer than the cap, its hits are read through that index and sorted (a few hundred rows);
 * when it is common, PostgreSQL walks the (updatedAt, id) index and stops at the limit instead of sorting
 * every hit. Left to itself the planner takes the walk for a rare phrase too, and reads the whole table.
 */
export async function searchConcordance(db: Db, query: ConcordanceQuery): Promise<{ rows: ConcordanceRow[]; total: number }> {
  const prisma = prismaOf(db);
  const condition = where(query);
  const counted = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM "Paragraph" p JOIN "Article" a ON a.id = p."articleId" WHERE ${condition} LIMIT ${query.countCap + 1}
    ) hits`;
  const total = Number(counted[0]?.n ?? 0);
  if (total === 0) return { rows: [], total };
  // "+ interval '0'" hides the column from the index, so a rare phrase is read through the word index.
  const order = total <= query.countCap ? Prisma.sql`p."updatedAt" + interval '0 seconds' DESC, p.id + 0 DESC` : Prisma.sql`p."updatedAt" DESC, p.id DESC`;
  const rows = await prisma.$queryRaw<(Omit<ConcordanceRow, "archived"> & { archivedAt: Date | null })[]>`
    SELECT p.id AS "paragraphId", a.id AS "articleId", a.title AS "articleTitle", a.locale::text AS locale, a."archivedAt",
           p.position, p."machineText", p."currentText", p.version, p."updatedAt", u.name AS "updatedBy"
    FROM "Paragraph" p
    JOIN "Article" a ON a.id = p."articleId"
    LEFT JOIN "User" u ON u.id = p."updatedById"
    WHERE ${condition}
    ORDER BY ${order}
    LIMIT ${query.limit}`;
  return { rows: rows.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null })), total };
}
