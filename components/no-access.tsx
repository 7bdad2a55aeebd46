import Link from "next/link";
import { currentUser } from "@/lib/auth/session";

/**
 * What a signed-in account sees instead of a page its role does not open. The status stays 404, as if
 * the page did not exist for it, but the reader is told why and where to go.
 */
export async function NoAccess({ page, purpose }: { page: string; purpose: string }) {
  const user = await currentUser();
  return (
    <div className="mx-auto mt-10 max-w-lg space-y-3 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="font-serif text-xl font-semibold">You have no access to {page}</h1>
      <p className="text-sm text-stone-700">
        {purpose}{" "}
        {user ? <>Your account ({user.email}) is a {user.role} account. </> : null}
        If you need it, ask an administrator to change your role.
      </p>
      <Link href="/" className="inline-block text-sm font-medium text-accent hover:underline">
        ← Back to the articles
      </Link>
    </div>
  );
}
