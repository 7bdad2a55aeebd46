import { prismaOf, type Db } from "./prisma-handle";

export interface Assignee {
  id: number;
  name: string;
}

export async function listArticleAssignees(db: Db, { articleId }: { articleId: number }): Promise<Assignee[]> {
  const prisma = prismaOf(db);
  const rows = await prisma.articleAssignment.findMany({
    where: { articleId },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true } } },
  });
  return rows.map((r) => r.user);
}

/** People who can take an article: enabled accounts that may edit. */
export async function listAssignableUsers(db: Db): Promise<Assignee[]> {
  const prisma = prismaOf(db);
  return prisma.user.findMany({ where: { disabled: false, role: { in: ["reviewer", "admin"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export type AssignOutcome = { ok: true; added: Assignee[]; removed: Assignee[] } | { ok: false; reason: "not_found" | "not_assignable"; names?: string[] };

/**
 * Makes the article's assignees exactly `userIds`, recording each one added or removed. Only enabled reviewers
 * and administrators can be assigned: a viewer could not do the work.
 */
export async function setArticleAssignees(db: Db, { articleId, userIds, byId }: { articleId: number; userIds: number[]; byId: number }): Promise<AssignOutcome> {
  const prisma = prismaOf(db);
  const wanted = [...new Set(userIds)];
  return prisma.$transaction(async (tx) => {
    if ((await tx.article.count({ where: { id: articleId } })) === 0) return { ok: false, reason: "not_found" } as const;
    const people = await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, role: true, disabled: true } });
    const unfit = wanted.filter((id) => {
      const person = people.find((p) => p.id === id);
      return !person || person.disabled || person.role === "viewer";
    });
    if (unfit.length > 0) {
      return { ok: false, reason: "not_assignable", names: people.filter((p) => unfit.includes(p.id)).map((p) => p.name) } as const;
    }
    const current = await tx.articleAssignment.findMany({ where: { articleId }, select: { user: { select: { id: true, name: true } } } });
    const had = new Set(current.map((c) => c.user.id));
    const added = people.filter((p) => !had.has(p.id)).map(({ id, name }) => ({ id, name }));
    const removed = current.map((c) => c.user).filter((u) => !wanted.includes(u.id));
    if (added.length > 0) await tx.articleAssignment.createMany({ data: added.map((u) => ({ articleId, userId: u.id, assignedById: byId })), skipDuplicates: true });
    if (removed.length > 0) await tx.articleAssignment.deleteMany({ where: { articleId, userId: { in: removed.map((u) => u.id) } } });
    await tx.articleEvent.createMany({
      data: [
        ...added.map((u) => ({ articleId, kind: "assign" as const, newValue: u.name, userId: byId })),
        ...removed.map((u) => ({ articleId, kind: "unassign" as const, oldValue: u.name, userId: byId })),
      ],
    });
    return { ok: true, added, removed } as const;
  });
}
