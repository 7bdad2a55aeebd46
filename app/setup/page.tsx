import { redirect } from "next/navigation";
import { getDb } from "@/lib/data/db";
import { countUsers } from "@/lib/data/users";
import { SetupForm } from "./setup-form";

export const metadata = { title: "First run" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if ((await countUsers(await getDb())) > 0) redirect("/login");
  return (
    <div className="mx-auto mt-10 max-w-md">
      <h1 className="mb-1 font-serif text-2xl font-semibold">Create the first administrator</h1>
      <p className="mb-6 text-sm text-stone-600">
        This installation has no accounts yet. The administrator you create here can then add reviewers and viewers.
        This page closes as soon as an account exists.
      </p>
      <SetupForm />
    </div>
  );
}
