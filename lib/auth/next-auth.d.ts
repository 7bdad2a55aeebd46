import type { Role } from "@/lib/domain";

declare module "next-auth" {
  interface Session {
    user: { id: number; role: Role; name?: string | null; email?: string | null };
    /** Milliseconds since the epoch of the sign-in that issued this session (0 when unknown). */
    signedInAt: number;
  }
}
