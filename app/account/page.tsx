import { requirePageUser } from "@/lib/auth/session";
import { PasswordForm } from "./password-form";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePageUser();
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div>
        <h1 className="font-serif text-2xl font-semibold">Your account</h1>
        <p className="text-sm text-stone-600">
          {user.name} · {user.email} · {user.role}
        </p>
      </div>
      <PasswordForm email={user.email} />
    </div>
  );
}
