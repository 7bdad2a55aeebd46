/**
 * A note the server writes on a revision (or a bulk change), stored as text: a key of the
 * `workspace.history.notes` catalogue and its values, so that the history shows it in the reader's language.
 * Notes written before this, or by a person, are plain text and shown as they are.
 */
export const REVISION_NOTE_KEYS = ["suggestion", "undo", "restored", "merged", "mergedByHand", "kindChange", "titleEdited", "glossary", "bulkUndo", "fromBackup"] as const;
export type RevisionNoteKey = (typeof REVISION_NOTE_KEYS)[number];

export interface RevisionNote {
  key: RevisionNoteKey;
  values?: Record<string, string | number>;
}

const PREFIX = "lapidar-note:";

export function encodeRevisionNote(note: RevisionNote): string {
  return PREFIX + JSON.stringify(note);
}

export function decodeRevisionNote(text: string): RevisionNote | null {
  if (!text.startsWith(PREFIX)) return null;
  try {
    const note = JSON.parse(text.slice(PREFIX.length)) as RevisionNote;
    return (REVISION_NOTE_KEYS as readonly string[]).includes(note.key) ? note : null;
  } catch {
    return null;
  }
}
