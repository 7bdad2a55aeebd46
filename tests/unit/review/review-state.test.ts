import { describe, expect, it } from "vitest";
import { initialReviewState, reviewReducer, type ReviewState } from "@/components/article/review-state";
import type { WorkspaceParagraph } from "@/components/article/types";

const paragraph = (id: number, version: number, currentText: string) => ({ id, version, currentText, position: id - 1 }) as unknown as WorkspaceParagraph;
const start = () => initialReviewState([paragraph(1, 1, "Um."), paragraph(2, 3, "Dois.")], {}, []);
const session = (paragraphId: number, startText: string) => ({ paragraphId, baseVersion: 1, baseText: "Um.", startText });
const flag = { check: "calque", start: 0, end: 2, text: "Um", message: "m", severity: "major", suggestions: [] } as never;

describe("the review-state reducer", () => {
  it("opens a flag's popover only when asked and when the cursor is on a flag", () => {
    expect(reviewReducer(start(), { type: "selected", cursor: { paragraphId: 1, flagIndex: 0 }, open: true }).flagOpen).toBe(true);
    expect(reviewReducer(start(), { type: "selected", cursor: { paragraphId: 1, flagIndex: null }, open: true }).flagOpen).toBe(false);
    expect(reviewReducer(start(), { type: "selected", cursor: { paragraphId: 1, flagIndex: 0 }, open: false }).flagOpen).toBe(false);
  });

  it("opening the editor selects its paragraph, closes the popover and is dirty when it starts from a draft", () => {
    const open: ReviewState = { ...start(), flagOpen: true, cursor: { paragraphId: 2, flagIndex: 1 } };
    const clean = reviewReducer(open, { type: "editorOpened", session: session(1, "Um.") });
    expect(clean).toMatchObject({ flagOpen: false, cursor: { paragraphId: 1, flagIndex: null }, dirty: false, editing: { paragraphId: 1 } });
    expect(reviewReducer(open, { type: "editorOpened", session: session(1, "Um, editado.") }).dirty).toBe(true);
  });

  it("leaving a dirty editor asks first; a clean one just closes", () => {
    const dirty = reviewReducer(start(), { type: "editorOpened", session: session(1, "Um, editado.") });
    const asked = reviewReducer(dirty, { type: "editorLeft" });
    expect(asked.leaving).toEqual({ to: "editor" });
    expect(asked.editing).not.toBeNull();
    const clean = reviewReducer(start(), { type: "editorOpened", session: session(1, "Um.") });
    expect(reviewReducer(clean, { type: "editorLeft" })).toMatchObject({ editing: null, dirty: false, leaving: null });
  });

  it("an update replaces the paragraph it carries and every flag and dismissal", () => {
    const next = reviewReducer(start(), {
      type: "updated",
      update: { paragraph: paragraph(2, 4, "Dois, corrigido."), conflict: false, flags: { 2: [flag] }, dismissals: [], checkedInMs: 12 },
    });
    expect(next.paragraphs.map((p) => p.currentText)).toEqual(["Um.", "Dois, corrigido."]);
    expect(next.flags).toEqual({ 2: [flag] });
    expect(next.lastCheckMs).toBe(12);
  });

  it("another reviewer's save replaces only an older version of ours", () => {
    const next = reviewReducer(start(), {
      type: "changedElsewhere",
      changed: [paragraph(1, 2, "Um, de outro."), paragraph(2, 2, "Dois antigo.")],
      update: { flags: {}, dismissals: [], checkedInMs: 1 },
    });
    expect(next.paragraphs.map((p) => p.currentText)).toEqual(["Um, de outro.", "Dois."]);
  });

  it("an approval elsewhere keeps the version and still replaces ours", () => {
    const approved = { ...paragraph(2, 3, "Dois."), status: "approved" as const, approvedAt: new Date("2026-12-02T03:00:00Z") };
    const next = reviewReducer(start(), { type: "changedElsewhere", changed: [approved], update: { flags: {}, dismissals: [], checkedInMs: 1 } });
    expect(next.paragraphs.find((p) => p.id === 2)).toMatchObject({ status: "approved" });
  });

  it("a merge to settle is kept per paragraph until settled", () => {
    const merge = { mine: "x", baseVersion: 1, parts: [] };
    const pending = reviewReducer(start(), { type: "mergePending", paragraphId: 2, merge });
    expect(pending.merges).toEqual({ 2: merge });
    expect(reviewReducer(pending, { type: "mergeSettled", paragraphId: 2 }).merges).toEqual({});
  });

  it("a paragraph's diff toggles against the global mode, and choosing a global mode forgets the toggles", () => {
    const toggled = reviewReducer(start(), { type: "diffToggled", paragraphId: 1 });
    expect(toggled.diffOverrides).toEqual({ 1: "inline" });
    expect(reviewReducer(toggled, { type: "diffToggled", paragraphId: 1 }).diffOverrides).toEqual({ 1: "none" });
    const side = reviewReducer(toggled, { type: "diffModeChosen", mode: "side" });
    expect(side).toMatchObject({ globalDiff: "side", diffOverrides: {} });
    expect(reviewReducer(side, { type: "diffToggled", paragraphId: 2 }).diffOverrides).toEqual({ 2: "none" });
  });

  it("history and marking an error close the popover; closing them leaves it as it is", () => {
    const open: ReviewState = { ...start(), flagOpen: true };
    expect(reviewReducer(open, { type: "historyShown", paragraph: open.paragraphs[0] })).toMatchObject({ flagOpen: false, historyFor: { id: 1 } });
    expect(reviewReducer(open, { type: "historyShown", paragraph: null })).toMatchObject({ flagOpen: true, historyFor: null });
    const span = { paragraphId: 1, start: 0, end: 2, text: "Um" };
    expect(reviewReducer(open, { type: "annotationStarted", span })).toMatchObject({ flagOpen: false, annotating: span });
  });
});
