import type { ReactNode } from "react";

/**
 * The bordered table of a list page (glossary, dictionary): column headers, a last column for the row's buttons
 * named only to screen readers, and one full-width row that says why nothing is shown.
 */
export function DataTable({ columns, actionsLabel, empty, children }: { columns: ReactNode[]; actionsLabel: string; empty: ReactNode | null; children: ReactNode }) {
  return (
    // Positioned, so that the header's screen-reader-only label is clipped with the rest of the table.
    <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
          <tr>
            {columns.map((column, i) => (
              <th key={i} className="px-3 py-2">
                {column}
              </th>
            ))}
            <th className="px-3 py-2">
              <span className="sr-only">{actionsLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {empty === null ? null : (
            <tr>
              <td colSpan={columns.length + 1} className="px-3 py-6 text-center text-stone-500">
                {empty}
              </td>
            </tr>
          )}
          {children}
        </tbody>
      </table>
    </div>
  );
}
