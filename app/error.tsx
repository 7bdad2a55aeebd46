"use client";

import { Button } from "@/components/ui/button";

/** Shown instead of a page that failed on the server: nothing was changed by the failure itself. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto mt-12 max-w-lg space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-6" role="alert">
      <h1 className="font-serif text-xl font-semibold">Lapidar could not load this page</h1>
      <p className="text-sm text-stone-800">
        The server could not finish the request — most often because the database cannot be reached right now. Nothing was changed.
        Try again in a moment; if it keeps happening, tell whoever runs this installation{error.digest ? ` (error ${error.digest})` : ""}.
      </p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
