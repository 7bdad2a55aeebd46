/** What the event stream tells a page about one change. */
export interface LiveChangeMessage {
  id: number;
  kind: "save" | "approve" | "dismiss" | "restore_flag" | "comment" | "article" | "source";
  paragraphId: number | null;
  actor: { id: number; name: string } | null;
}

export interface LiveViewer {
  userId: number;
  name: string;
}

/** One Server-Sent Event; a multi-line payload becomes several data lines, as the format requires. */
export function sseEvent(event: string, data: unknown, id?: number): string {
  const lines = JSON.stringify(data).split("\n").map((line) => `data: ${line}`);
  return `${id === undefined ? "" : `id: ${id}\n`}event: ${event}\n${lines.join("\n")}\n\n`;
}

/** The id a reconnecting EventSource sends back, if it is one of ours. */
export function parseLastEventId(value: string | null): number | null {
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}
