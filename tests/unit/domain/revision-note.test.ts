import { describe, expect, it } from "vitest";
import { decodeRevisionNote, encodeRevisionNote } from "@/lib/domain/revision-note";
import { readCatalogue } from "@/lib/i18n/load-messages";
import { UI_LOCALES } from "@/lib/i18n/config";
import { REVISION_NOTE_KEYS } from "@/lib/domain";

describe("a note the server writes on a revision", () => {
  it("is read back by key and values; a person's note or an old English one is plain text", () => {
    const note = { key: "restored" as const, values: { version: 3 } };
    expect(decodeRevisionNote(encodeRevisionNote(note))).toEqual(note);
    expect(decodeRevisionNote("restored version 3")).toBeNull();
    expect(decodeRevisionNote("lapidar-note:{not json")).toBeNull();
    expect(decodeRevisionNote('lapidar-note:{"key":"unknown"}')).toBeNull();
  });

  it("has a wording in every interface language for every key", () => {
    for (const locale of UI_LOCALES) {
      const notes = (readCatalogue(locale).workspace as { history: { notes: Record<string, string> } }).history.notes;
      expect(REVISION_NOTE_KEYS.filter((key) => !notes[key]), locale).toEqual([]);
    }
  });
});
