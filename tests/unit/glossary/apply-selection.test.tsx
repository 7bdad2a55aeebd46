// @vitest-environment jsdom
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApplyDialog } from "@/components/glossary/apply-dialog";
import { applyToAll } from "@/lib/actions/apply-to-all";
import { previewApplyToAll } from "@/lib/actions/preview-apply-to-all";
import type { BulkPreview } from "@/lib/data/bulk-changes";
import { renderWithIntl } from "../support/render-with-intl";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));
vi.mock("sonner", () => ({ toast: { success: vi.fn(), warning: vi.fn(), error: vi.fn() } }));
vi.mock("@/lib/actions/apply-to-all", () => ({ applyToAll: vi.fn() }));
vi.mock("@/lib/actions/preview-apply-to-all", () => ({ previewApplyToAll: vi.fn() }));

afterEach(() => {
  cleanup();
  vi.mocked(applyToAll).mockReset();
  vi.mocked(previewApplyToAll).mockReset();
});

const occurrence = (paragraphId: number, articleId: number, position: number) => ({
  id: `${paragraphId}:1:0:5`,
  paragraphId,
  articleId,
  position,
  version: 1,
  start: 0,
  end: 5,
  text: "HKUST",
  replacement: "iFlytek",
  before: "",
  after: " diz",
});

const inArticle: BulkPreview = { articles: { 7: "Artigo" }, occurrences: [occurrence(1, 7, 0), occurrence(2, 7, 1), occurrence(3, 7, 2)] };
const everywhere: BulkPreview = { articles: { 7: "Artigo", 8: "Outro" }, occurrences: [...inArticle.occurrences, occurrence(9, 8, 0)] };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function renderDialog() {
  return renderWithIntl(
    <ApplyDialog
      source={{ preferred: "iFlytek", variants: ["HKUST"], type: "entity", caseSensitive: false }}
      articles={[{ id: 7, title: "Artigo" }, { id: 8, title: "Outro" }]}
      initialArticleId={7}
      onClose={() => {}}
    />,
  );
}

/** What the server is asked to replace is exactly what is checked on screen when Apply is pressed. */
describe("apply-to-all selection", () => {
  it("sends only the checked occurrences", async () => {
    vi.mocked(previewApplyToAll).mockResolvedValue({ ok: true, data: inArticle });
    vi.mocked(applyToAll).mockResolvedValue({ ok: true, data: { bulkChangeId: 1, paragraphs: 2, replacements: 2, skipped: [] } });
    renderDialog();
    await userEvent.click(await screen.findByRole("checkbox", { name: "Replace in Artigo, paragraph 1" }));
    await userEvent.click(screen.getByRole("button", { name: "Apply to 2 occurrences" }));
    expect(vi.mocked(applyToAll).mock.calls[0][0].replacements.map((r) => r.paragraphId)).toEqual([2, 3]);
  });

  it("cannot apply while a new scope's occurrences are loading, and keeps what the reviewer unchecked", async () => {
    const later = deferred<{ ok: true; data: BulkPreview }>();
    vi.mocked(previewApplyToAll).mockResolvedValueOnce({ ok: true, data: inArticle }).mockReturnValueOnce(later.promise);
    renderDialog();
    await userEvent.click(await screen.findByRole("checkbox", { name: "Replace in Artigo, paragraph 1" }));
    await userEvent.selectOptions(screen.getByRole("combobox"), "All articles");
    const apply = screen.getByRole("button", { name: /^Apply to/ });
    expect(apply).toBeDisabled();
    expect(apply).toHaveTextContent("Apply to 0 occurrences");
    await userEvent.click(apply);
    expect(applyToAll).not.toHaveBeenCalled();

    await act(async () => later.resolve({ ok: true, data: everywhere }));
    expect(screen.getByRole("checkbox", { name: "Replace in Artigo, paragraph 1" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Replace in Outro, paragraph 1" })).toBeChecked();
    expect(screen.getByRole("button", { name: "Apply to 3 occurrences" })).toBeEnabled();
  });
});
