// Runs once when the server starts: the spelling dictionaries load now rather than on the first
// article someone opens.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getFlagger } = await import("@/lib/services/review-flags");
  await getFlagger().catch((error) => console.error("The flagger could not be loaded:", error));
}
