"use client";

import { useEffect } from "react";

/**
 * Keeps the browser tab's title in step with a title that changes on the page (a corrected headline), as the
 * layout's template writes it; the server's <title> is right only for the text it rendered.
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = `${title} · Lapidar`;
  }, [title]);
  return null;
}
