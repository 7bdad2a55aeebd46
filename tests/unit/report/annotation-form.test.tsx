// @vitest-environment jsdom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AnnotationForm } from "@/components/annotations/annotation-form";
import { MQM_TYPOLOGY } from "@/lib/metrics/mqm-typology";
import { renderWithIntl } from "../support/render-with-intl";

const annotateSpan = vi.fn();
vi.mock("@/lib/actions/annotate-span", () => ({ annotateSpan: (input: unknown) => annotateSpan(input) }));
vi.mock("sonner", () => ({ toast: { success: vi.fn(), error: vi.fn() } }));

const span = { paragraphId: 4, start: 10, end: 22, text: "HKUST Xunfei" };

describe("AnnotationForm", () => {
  afterEach(cleanup);
  beforeEach(() => {
    annotateSpan.mockReset();
    annotateSpan.mockResolvedValue({ ok: true, data: { id: 1 } });
  });

  it("offers the subtypes of the chosen category and sends the reviewer's choices", async () => {
    const onSaved = vi.fn();
    renderWithIntl(<AnnotationForm span={span} onSaved={onSaved} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText("Category"), "Terminology");
    const subtypes = [...(screen.getByLabelText("Subtype") as HTMLSelectElement).options].map((o) => o.value);
    expect(subtypes).toEqual(["", ...MQM_TYPOLOGY.Terminology]);
    await user.selectOptions(screen.getByLabelText("Subtype"), "wrong term");
    await user.click(screen.getByRole("radio", { name: /major/ }));
    await user.type(screen.getByLabelText(/^Comment/), "iFlytek");
    await user.click(screen.getByRole("button", { name: "Save annotation" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 1 }));
    expect(annotateSpan).toHaveBeenCalledWith({ ...span, category: "Terminology", subtype: "wrong term", severity: "major", comment: "iFlytek", check: null });
  });

  it("starts from a flag's category, derived subtype and severity, and records the check", async () => {
    renderWithIntl(<AnnotationForm span={span} flag={{ check: "english-left", category: "Accuracy", severity: "critical" }} />);
    expect(screen.getByLabelText("Category")).toHaveValue("Accuracy");
    expect(screen.getByLabelText("Subtype")).toHaveValue("untranslated");
    expect(screen.getByRole("radio", { name: /critical/ })).toBeChecked();
    await userEvent.setup().click(screen.getByRole("button", { name: "Save annotation" }));
    await waitFor(() => expect(annotateSpan).toHaveBeenCalledWith(expect.objectContaining({ check: "english-left", subtype: "untranslated", severity: "critical" })));
  });
});
