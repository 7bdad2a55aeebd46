"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useEffectEvent, useRef } from "react";

/** What `onLeave` is given when the reviewer pressed the browser's Back button. */
export const BACK = "#back";

const GUARD = "__lapidarLeaveGuard";

/**
 * While `active`, closing or reloading the tab asks the browser's own question, and a click on a link is
 * held and handed to `onLeave` (which asks in the page). Captured on the document, before Next's Link sees it.
 * Back is held too: an extra history entry for this same page (with Next's own state, so that its router
 * stays on the page) takes the first Back, which is then handed to `onLeave` as `BACK`.
 * Returns `leave(href)`, for when the reviewer has answered that they want to go.
 */
export function useLeaveGuard(active: boolean, onLeave: (href: string) => void) {
  const router = useRouter();
  // The latest onLeave, without re-installing the guard (and its history entry) on every render.
  const leaving = useEffectEvent((href: string) => onLeave(href));
  const released = useRef(false);

  useEffect(() => {
    if (!active) return;
    released.current = false;
    function beforeUnload(event: BeforeUnloadEvent) {
      if (released.current) return;
      event.preventDefault();
      event.returnValue = "";
    }
    function click(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as HTMLElement | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, location.href);
      if (url.origin === location.origin && url.pathname === location.pathname && url.search === location.search) return;
      event.preventDefault();
      event.stopPropagation();
      leaving(link.href);
    }
    const guard = () => history.pushState({ ...history.state, [GUARD]: true }, "", location.href);
    function popState() {
      if (released.current || history.state?.[GUARD]) return;
      guard();
      leaving(BACK);
    }
    if (!history.state?.[GUARD]) guard();
    window.addEventListener("beforeunload", beforeUnload);
    window.addEventListener("popstate", popState);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      window.removeEventListener("popstate", popState);
      document.removeEventListener("click", click, true);
      // Nothing left to lose: the extra entry goes, so that the next Back leaves at once.
      if (!released.current && history.state?.[GUARD]) history.back();
    };
  }, [active]);

  return useCallback(
    (href: string) => {
      released.current = true;
      if (href === BACK) history.go(history.state?.[GUARD] ? -2 : -1);
      else if (new URL(href, location.href).origin === location.origin) router.push(href);
      else location.assign(href);
    },
    [router],
  );
}
