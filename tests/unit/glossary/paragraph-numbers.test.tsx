// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApplyDialog } from "@/components/glossary/apply-dialog";
import { SuggestionsList } from "@/components/glossary/suggestions-list";
import { renderWithIntl } from "../support/render-with-intl";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));
vi.mock("sonner", () => ({ toast: { success: vi.fn(), warning: vi.fn(), error: vi.fn() } }));
vi.mock("@/lib/actions/apply-to-all", () => ({ applyToAll: vi.fn() }));
vi.mock("@/lib/actions/preview-apply-to-all", () => ({
  previewApplyToAll: vi.fn(async () => ({
    ok: true,
    data: {
      articles: { 7: "Artigo" },
      occurrences: [
        { id: "1:1:0:4", paragraphId: 1, articleId: 7, position: 0, version: 1, start: 0, end: 4, text: "HKUST", replacement: "iFlytek", before: "", after: " diz" },
      ],
    },
  })),
}));

afterEach(cleanup);

/** The article page shows its first paragraph as #1: the glossary must call it ¶ 1 too. */
describe("paragraph numbers on the glossary page", () => {
  it("numbers a suggestion's evidence from 1", () => {
    renderWithIntl(
      <SuggestionsList
        suggestions={[
          {
            id: 1,
            preferred: "iFlytek",
            variants: ["HKUST Xunfei"],
            type: "entity",
            origin: "corrections",
            evidence: { count: 1, forms: { "HKUST Xunfei": 1 }, paragraphs: [{ articleId: 7, position: 0, excerpt: "iFlytek diz" }] },
          },
        ]}
        canEdit={false}
        busy={false}
        onAccept={() => {}}
        onReject={() => {}}
        onApply={() => {}}
      />,
    );
    expect(screen.getByRole("link", { name: "¶ 1" })).toHaveAttribute("href", "/articles/7");
    expect(screen.queryByText("¶ 0")).toBeNull();
  });

  it("numbers the apply preview's occurrences from 1", async () => {
    renderWithIntl(<ApplyDialog source={{ preferred: "iFlytek", variants: ["HKUST"], type: "entity", caseSensitive: false }} articles={[{ id: 7, title: "Artigo" }]} initialArticleId={7} onClose={() => {}} />);
    expect(await screen.findByRole("checkbox", { name: "Replace in Artigo, paragraph 1" })).toBeChecked();
    expect(screen.getByText("Artigo · ¶ 1")).toBeInTheDocument();
  });
});
