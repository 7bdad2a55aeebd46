"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";

/**
 * While `active`, closing or reloading the tab asks the browser's own question, and a click on a link is
 * held and handed to `onLeave` (which asks in the page). Captured on the document, before Next's Link sees it.
 * Returns `leave(href)`, for when the reviewer has answered that they want to go.
 */
export function useLeaveGuard(active: boolean, onLeave: (href: string) => void) {
  const router = useRouter();
  const onLeaveRef = useRef(onLeave);
  onLeaveRef.current = onLeave;
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
      onLeaveRef.current(link.href);
    }
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [active]);

  return useCallback(
    (href: string) => {
      released.current = true;
      if (new URL(href, location.href).origin === location.origin) router.push(href);
      else location.assign(href);
    },
    [router],
  );
}
