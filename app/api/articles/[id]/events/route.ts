import { articleExists, type LiveChangeRecord } from "@/lib/data/live-changes";
import { getDb } from "@/lib/data/db";
import { listUserNames, listViewers, removePresence } from "@/lib/data/presence";
import { refusalError, route } from "@/lib/http/route";
import { parseLastEventId, sseEvent, type LiveChangeMessage } from "@/lib/live/event-stream";
import { getLiveHub } from "@/lib/services/live-hub-instance";
import { pageIdSchema } from "@/lib/validation/presence";
import { idParam } from "@/lib/http/id-param";

type Context = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

// Proxies close idle connections; a comment line now and then keeps the stream open. Presence is sent again
// as often, so that a page closed without a word (a crash) drops out of the list for everyone.
const KEEP_ALIVE_MS = 10_000;

/**
 * The article's live changes as Server-Sent Events: what others save, approve, dismiss or comment, and who
 * is viewing. Being present is said by the page's own heartbeat action; the stream of a page that names itself
 * (`?page=`) takes that page off the list when it ends, which is the only leave a closing page reliably sends.
 */
export const GET = route<Context>("viewer", async (request, user, context) => {
  const articleId = await idParam(context.params);
  const db = await getDb();
  if (articleId === null || !(await articleExists({ db, articleId }))) return refusalError(404, { key: "noSuchArticle" });
  // A stream never ends; a client that did not ask for one (a script, a link) gets an answer instead.
  if (!request.headers.get("accept")?.includes("text/event-stream")) return refusalError(400, { key: "eventStreamOnly" });
  const page = pageIdSchema.safeParse(new URL(request.url).searchParams.get("page"));
  const hub = await getLiveHub();
  const afterId = parseLastEventId(request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after")) ?? (await hub.latestId());
  const encoder = new TextEncoder();
  let stop = () => {};

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const sendViewers = async (id?: number) => write(sseEvent("presence", await listViewers({ db, articleId }), id));
      const send = async (changes: LiveChangeRecord[]) => {
        const names = await listUserNames({ db, ids: [...new Set(changes.flatMap((c) => (c.actorId === null ? [] : [c.actorId])))] });
        const presence = changes.filter((c) => c.kind === "presence");
        for (const c of changes) {
          if (c.kind === "presence") continue;
          const message: LiveChangeMessage = {
            id: c.id,
            kind: c.kind,
            paragraphId: c.paragraphId,
            actor: c.actorId === null ? null : { id: c.actorId, name: names.get(c.actorId) ?? "?" },
          };
          write(sseEvent("change", message, c.id));
        }
        if (presence.length > 0) await sendViewers(presence[presence.length - 1].id);
      };
      write("retry: 2000\n\n");
      const unsubscribe = hub.subscribe(articleId, afterId, (changes) => void send(changes).catch(() => undefined));
      const timer = setInterval(() => void sendViewers().catch(() => write(": ping\n\n")), KEEP_ALIVE_MS);
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(timer);
        unsubscribe();
        if (page.success) void removePresence({ db, pageId: page.data, userId: user.id }).catch(() => undefined);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      request.signal.addEventListener("abort", () => stop());
      void sendViewers().catch(() => undefined);
    },
    cancel() {
      stop();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
