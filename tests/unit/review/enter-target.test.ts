// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ownsEnter } from "@/components/article/use-review-shortcuts";

function element(html: string): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = html;
  return host.firstElementChild as HTMLElement;
}

/** Enter accepts the current flag's first suggestion unless focus is on a control whose own action Enter is. */
describe("which focused element keeps Enter for itself", () => {
  it("a button (a suggestion, Not an error) and a link do", () => {
    expect(ownsEnter(element("<button>Replace</button>"))).toBe(true);
    expect(ownsEnter(element('<a href="/glossary">Glossary</a>'))).toBe(true);
  });

  it("the flag's mark, the popover's box and the page do not", () => {
    expect(ownsEnter(element('<mark role="button" data-flag="2" tabindex="-1">x</mark>'))).toBe(false);
    expect(ownsEnter(element('<div tabindex="-1" aria-label="Flag details"><p>x</p></div>'))).toBe(false);
    expect(ownsEnter(document.body)).toBe(false);
    expect(ownsEnter(null)).toBe(false);
  });
});
