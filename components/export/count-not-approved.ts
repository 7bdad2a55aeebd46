/** Paragraphs the cleaned article keeps (body and headings) that nobody has approved yet. */
export function countNotApproved(paragraphs: readonly { kind: string; status: string }[]): number {
  return paragraphs.filter((p) => (p.kind === "body" || p.kind === "heading") && p.status !== "approved").length;
}
