import { beforeAll, describe, expect, it } from "vitest";
import { listUserMentions, markMentionsRead } from "@/lib/data/comment-mentions";
import { createArticle, getArticle } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { saveParagraphText } from "@/lib/data/paragraphs";
import { createUser, getUser } from "@/lib/data/users";
import {
  CommentRefusedError,
  articleThreads,
  editComment,
  removeComment,
  replyToThread,
  settleThread,
  startThread,
} from "@/lib/services/comment-threads";
import type { Role } from "@/lib/domain";

const newest = <T extends { id: number }>(a: T, b: T) => (b.id > a.id ? b : a);

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof CommentRefusedError) return error.reason;
    throw error;
  }
  throw new Error("expected a refusal");
}

/** Comment threads and who may do what with them, on every database Lapidar supports. */
export function commentsSuite(getDb: () => Db) {
  let db: Db;
  const people = {} as Record<"rita" | "rui" | "vera" | "alice", { id: number; role: Role }>;
  let articleId: number;
  let paragraphId: number;
  const text = "A HKUST Xunfei lançou um grande modelo em Pequim.";

  beforeAll(async () => {
    db = getDb();
    const tag = Math.random().toString(36).slice(2);
    const make = async (name: string, role: Role) => {
      const user = await createUser(db, { email: `${name.toLowerCase().replace(" ", ".")}.${tag}@example.com`, name: `${name} ${tag}`, passwordHash: "x", role });
      return { id: user.id, role };
    };
    people.rita = await make("Rita", "reviewer");
    people.rui = await make("Rui", "reviewer");
    people.vera = await make("Vera", "viewer");
    people.alice = await make("Alice", "admin");
    const article = await createArticle(db, { title: "Comentários", author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs: [{ kind: "body", text }] }, people.rita.id);
    articleId = article.id;
    paragraphId = (await getArticle(db, articleId))!.paragraphs[0].id;
  });

  describe("who may write (lib/auth/permissions/comment.ts)", () => {
    it("lets a viewer read every thread but not start, answer, resolve, edit or delete one", async () => {
      const threads = await startThread({ db, actor: people.rita, paragraphId, version: 1, span: null, body: "Confirmem o nome da empresa." });
      const thread = threads.reduce(newest);
      expect((await articleThreads({ db, actor: people.vera, articleId })).map((t) => t.id)).toContain(thread.id);
      expect(await refusal(startThread({ db, actor: people.vera, paragraphId, version: 1, span: null, body: "Posso?" }))).toBe("not_allowed");
      expect(await refusal(replyToThread({ db, actor: people.vera, threadId: thread.id, body: "Eu também." }))).toBe("not_allowed");
      expect(await refusal(settleThread({ db, actor: people.vera, threadId: thread.id, status: "resolved" }))).toBe("not_allowed");
      expect(await refusal(removeComment({ db, actor: people.vera, commentId: thread.comments[0].id }))).toBe("not_allowed");
      const after = (await articleThreads({ db, actor: people.rita, articleId })).find((t) => t.id === thread.id)!;
      expect(after.comments).toHaveLength(1);
      expect(after.status).toBe("open");
    });

    it("lets only the author edit a comment, marked as edited; an administrator may not", async () => {
      const thread = (await startThread({ db, actor: people.rui, paragraphId, version: 1, span: null, body: "Primeira versão." })).reduce(newest);
      const commentId = thread.comments[0].id;
      expect(await refusal(editComment({ db, actor: people.rita, commentId, body: "Reescrito por outra." }))).toBe("not_allowed");
      expect(await refusal(editComment({ db, actor: people.alice, commentId, body: "Reescrito pela admin." }))).toBe("not_allowed");
      const edited = (await editComment({ db, actor: people.rui, commentId, body: "Segunda versão." })).find((t) => t.id === thread.id)!;
      expect(edited.comments[0]).toMatchObject({ body: "Segunda versão.", author: { id: people.rui.id } });
      expect(edited.comments[0].editedAt).toBeInstanceOf(Date);
    });

    it("deletes own comments, or any as administrator, keeping the place and every reply", async () => {
      const thread = (await startThread({ db, actor: people.rita, paragraphId, version: 1, span: null, body: "Pergunta." })).reduce(newest);
      await replyToThread({ db, actor: people.rui, threadId: thread.id, body: "Resposta do Rui." });
      const withReply = (await replyToThread({ db, actor: people.rita, threadId: thread.id, body: "Obrigada." })).find((t) => t.id === thread.id)!;
      const [question, answer] = withReply.comments;
      expect(await refusal(removeComment({ db, actor: people.rui, commentId: question.id }))).toBe("not_allowed");
      await removeComment({ db, actor: people.rita, commentId: question.id });
      const after = (await removeComment({ db, actor: people.alice, commentId: answer.id })).find((t) => t.id === thread.id)!;
      expect(after.comments.map((c) => [c.body, c.deletedBy?.id ?? null])).toEqual([
        ["", people.rita.id],
        ["", people.alice.id],
        ["Obrigada.", null],
      ]);
      expect(await refusal(removeComment({ db, actor: people.alice, commentId: answer.id }))).toBe("deleted");
    });
  });

  describe("threads", () => {
    it("resolves and reopens, and a reply to a resolved thread reopens it", async () => {
      const thread = (await startThread({ db, actor: people.rita, paragraphId, version: 1, span: null, body: "Falta a fonte." })).reduce(newest);
      const resolved = (await settleThread({ db, actor: people.rui, threadId: thread.id, status: "resolved" })).find((t) => t.id === thread.id)!;
      expect(resolved).toMatchObject({ status: "resolved", statusBy: { id: people.rui.id } });
      const reopened = (await replyToThread({ db, actor: people.rita, threadId: thread.id, body: "Ainda falta." })).find((t) => t.id === thread.id)!;
      expect(reopened).toMatchObject({ status: "open", statusBy: { id: people.rita.id } });
      expect((await settleThread({ db, actor: people.rui, threadId: thread.id, status: "resolved" })).find((t) => t.id === thread.id)!.status).toBe("resolved");
      expect((await settleThread({ db, actor: people.rita, threadId: thread.id, status: "open" })).find((t) => t.id === thread.id)!.status).toBe("open");
    });

    it("keeps a span on its words when the text around it changes, and says so when the words themselves change", async () => {
      const start = text.indexOf("grande modelo");
      const span = { start, end: start + "grande modelo".length, quote: "grande modelo" };
      const mine = (await startThread({ db, actor: people.rita, paragraphId, version: 1, span, body: "Calque de 大模型." })).reduce(newest);
      expect(mine.anchor).toEqual({ kind: "span", ...span });
      await saveParagraphText(db, { paragraphId, baseVersion: 1, text: "A iFlytek lançou um grande modelo em Pequim.", userId: people.rui.id });
      const moved = (await articleThreads({ db, actor: people.rita, articleId })).find((t) => t.id === mine.id)!;
      const shifted = "A iFlytek lançou um ".length;
      expect(moved.anchor).toEqual({ kind: "span", start: shifted, end: shifted + "grande modelo".length, quote: "grande modelo" });
      await saveParagraphText(db, { paragraphId, baseVersion: 2, text: "A iFlytek lançou um modelo de linguagem em Pequim.", userId: people.rui.id });
      const changed = (await articleThreads({ db, actor: people.rita, articleId })).find((t) => t.id === mine.id)!;
      expect(changed.anchor).toEqual({ kind: "changed", quote: "grande modelo" });
    });

    it("refuses a span that no longer reads as selected, and stores nothing", async () => {
      const before = (await articleThreads({ db, actor: people.rita, articleId })).length;
      const stale = refusal(startThread({ db, actor: people.rita, paragraphId, version: 1, span: { start: 2, end: 7, quote: "HKUST" }, body: "Nome?" }));
      expect(await stale).toBe("stale_span");
      expect(await articleThreads({ db, actor: people.rita, articleId })).toHaveLength(before);
    });
  });

  describe("mentions", () => {
    it("lists a comment for the colleague it names until they read it; naming oneself notifies nobody", async () => {
      // Names carry a per-run tag; mention them as the autocomplete writes them.
      const ruiName = (await getUser(db, people.rui.id))!.name;
      const ritaName = (await getUser(db, people.rita.id))!.name;
      const thread = (await startThread({ db, actor: people.rita, paragraphId, version: 3, span: null, body: `@${ruiName}, podes ver? @${ritaName}` })).reduce(newest);
      expect(thread.comments[0].mentions.map((m) => m.id)).toEqual([people.rui.id]);
      const unread = await listUserMentions({ db, userId: people.rui.id, unreadOnly: true });
      expect(unread[0]).toMatchObject({ threadId: thread.id, articleId, author: ritaName });
      expect(await listUserMentions({ db, userId: people.rita.id, unreadOnly: true })).toEqual([]);
      await markMentionsRead({ db, userId: people.rui.id, commentIds: [thread.comments[0].id] });
      expect(await listUserMentions({ db, userId: people.rui.id, unreadOnly: true })).toEqual([]);
      expect((await listUserMentions({ db, userId: people.rui.id })).map((m) => m.commentId)).toContain(thread.comments[0].id);
    });
  });
}
