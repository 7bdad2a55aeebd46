import { redirect } from "next/navigation";
import { Suspense } from "react";
import { currentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/data/db";
import { countUsers } from "@/lib/data/users";
import { LoginForm } from "./login-form";

export const metadata = { title: "Sign in" };

export default async function LoginPage() {
  if ((await countUsers(await getDb())) === 0) redirect("/setup");
  if (await currentUser()) redirect("/");
  return (
    <div className="mx-auto mt-10 max-w-sm">
      <h1 className="mb-1 font-serif text-2xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-stone-600">Review machine-translated articles with your team.</p>
      <Suspense>
        <LoginForm />
      </Suspense>
    </div>
  );
}
