import type { DiffPart } from "./word-diff";

/** One aligned row of a two-column view: the before side holds equal and deleted parts, the after side equal and inserted parts. */
export interface SideBySideRow {
  left: DiffPart[];
  right: DiffPart[];
}

/**
 * Rows break only at line breaks both texts share (inside equal parts), so the two columns stay
 * aligned; a text without line breaks is one row.
 */
export function sideBySide(parts: DiffPart[]): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let row: SideBySideRow = { left: [], right: [] };
  for (const p of parts) {
    if (p.op === "delete") row.left.push(p);
    else if (p.op === "insert") row.right.push(p);
    else {
      const lines = splitAfterLineBreaks(p);
      lines.forEach((line, i) => {
        row.left.push(line);
        row.right.push(line);
        if (i < lines.length - 1 || line.text.endsWith("\n")) {
          rows.push(row);
          row = { left: [], right: [] };
        }
      });
    }
  }
  if (row.left.length > 0 || row.right.length > 0 || rows.length === 0) rows.push(row);
  return rows;
}

function splitAfterLineBreaks(p: DiffPart): DiffPart[] {
  const pieces = p.text.split(/(?<=\n)/);
  let offset = 0;
  return pieces.map((text) => {
    const piece: DiffPart = {
      op: p.op,
      text,
      beforeStart: p.beforeStart + offset,
      beforeEnd: p.beforeStart + offset + text.length,
      afterStart: p.afterStart + offset,
      afterEnd: p.afterStart + offset + text.length,
    };
    offset += text.length;
    return piece;
  });
}
