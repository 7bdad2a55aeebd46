import type { DuplicateArticle } from "@/lib/data/article-duplicates";
import type { ImportError } from "@/lib/import";
import type { LocaleChoice } from "@/lib/services/import-article";
import type { ParagraphKind } from "@/lib/domain";

export type ImportEvent =
  | { type: "progress"; stage: "parsing" | "saving"; done: number; total: number }
  | { type: "done"; id: number; title: string; counts: Record<ParagraphKind, number>; warnings: string[]; locale: LocaleChoice }
  | { type: "refused"; error: ImportError }
  | { type: "duplicate"; duplicates: DuplicateArticle[] }
  | { type: "failed"; message: string };

/** Reads the import route's newline-delimited JSON as it arrives. */
export async function* readImportStream(body: ReadableStream<Uint8Array>): AsyncGenerator<ImportEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    let newline: number;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield JSON.parse(line) as ImportEvent;
    }
    if (done) return;
  }
}
