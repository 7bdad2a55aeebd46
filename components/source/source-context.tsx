"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { ParagraphSource, WorkspaceSource } from "@/lib/services/source-workspace";

const SourceContext = createContext<WorkspaceSource | null>(null);

/** The article's original, laid over its paragraphs, for every paragraph row of the workspace below it. */
export function SourceProvider({ source, children }: { source: WorkspaceSource | null; children: ReactNode }) {
  return <SourceContext.Provider value={source}>{children}</SourceContext.Provider>;
}

export function useParagraphSource(paragraphId: number): ParagraphSource | null {
  return useContext(SourceContext)?.byParagraph[paragraphId] ?? null;
}
