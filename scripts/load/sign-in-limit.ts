import { SIGN_IN_POLICY } from "@/lib/auth/rate-limit";
import { attemptSignIn } from "./session-cookie";

export interface SignInLimitProbe {
  /** The attempt (1-based) that was first refused as too many; null if none was within the probe. */
  firstRefusal: number | null;
  /** The latest attempt one server alone could refuse, had each kept its own count. */
  latestShared: number;
  message: string;
}

/**
 * Wrong passwords for one account, alternating between the servers, until one is refused as too many. With one
 * count in PostgreSQL the refusal comes right after the free failures; with a count per process each server has
 * seen only half of them, so it would come no sooner than attempt 2 × (free + 1) + 1.
 */
export async function probeSignInLimit(baseUrls: string[], email: string): Promise<SignInLimitProbe> {
  const free = SIGN_IN_POLICY.client.free;
  const latestShared = baseUrls.length * (free + 1);
  for (let attempt = 1; attempt <= latestShared + baseUrls.length; attempt++) {
    const result = await attemptSignIn(baseUrls[(attempt - 1) % baseUrls.length], email, "not the password");
    if (result.ok) throw new Error(`A wrong password signed in as ${email}.`);
    if (/too many/i.test(result.error)) return { firstRefusal: attempt, latestShared, message: result.error };
  }
  return { firstRefusal: null, latestShared, message: "" };
}
