// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CommentComposer } from "@/components/comments/comment-composer";
import { readCatalogue } from "@/lib/i18n/load-messages";

afterEach(cleanup);

const people = [
  { id: 1, name: "Rita Revisora" },
  { id: 2, name: "Rui Revisor" },
  { id: 3, name: "Vera Leitora" },
];

function renderComposer(onSubmit = vi.fn(async () => true)) {
  render(
    <NextIntlClientProvider locale="pt-PT" messages={readCatalogue("pt-PT")}>
      <CommentComposer label="Novo comentário" submitLabel="Enviar" people={people} onSubmit={onSubmit} />
    </NextIntlClientProvider>,
  );
  return { onSubmit, box: screen.getByRole("combobox", { name: "Novo comentário" }) };
}

describe("CommentComposer", () => {
  it("offers names after @, picks one with the keyboard and sends with Ctrl+Enter", async () => {
    const { onSubmit, box } = renderComposer();
    const user = userEvent.setup();
    await user.type(box, "Vê isto, @r");
    // Names starting with the letters first, then names containing them.
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Rita Revisora", "Rui Revisor", "Vera Leitora"]);
    await user.keyboard("{ArrowDown}{Enter}");
    expect(box).toHaveValue("Vê isto, @Rui Revisor ");
    expect(screen.queryByRole("listbox")).toBeNull();
    await user.keyboard("por favor.{Control>}{Enter}{/Control}");
    expect(onSubmit).toHaveBeenCalledWith("Vê isto, @Rui Revisor por favor.");
    expect(box).toHaveValue("");
  });

  it("closes the list on Esc and keeps the text; sends nothing empty", async () => {
    const { onSubmit, box } = renderComposer();
    const user = userEvent.setup();
    await user.type(box, "@ve");
    expect(screen.getByRole("option", { name: "Vera Leitora" })).toBeTruthy();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(box).toHaveValue("@ve");
    await user.clear(box);
    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Enviar" })).toBeDisabled();
  });

  it("keeps the text when sending fails", async () => {
    const { box } = renderComposer(vi.fn(async () => false));
    const user = userEvent.setup();
    await user.type(box, "Nota importante");
    await user.click(screen.getByRole("button", { name: "Enviar" }));
    expect(box).toHaveValue("Nota importante");
  });
});
