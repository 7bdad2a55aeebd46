"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { changeAccess, createAccount, resetPassword } from "@/lib/actions/manage-users";
import type { Role } from "@/lib/domain";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";

interface Row {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export function UsersClient({ users, selfId }: { users: Row[]; selfId: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [resetFor, setResetFor] = useState<Row | null>(null);
  const [resetError, setResetError] = useState<string | null>(null);

  // Not a form action: React resets a form after its action, and a refused account must keep what was typed.
  function create(form: HTMLFormElement) {
    const data = new FormData(form);
    setError(null);
    startTransition(async () => {
      const result = await createAccount({
        email: String(data.get("email") ?? ""),
        name: String(data.get("name") ?? ""),
        password: String(data.get("password") ?? ""),
        role: String(data.get("role") ?? "reviewer") as Role,
      });
      if (!result.ok) return setError(result.error);
      form.reset();
      toast.success(`Account created for ${result.data.email}`);
      router.refresh();
    });
  }

  function change(id: number, change: { role?: Role; disabled?: boolean }) {
    startTransition(async () => {
      const result = await changeAccess({ id, ...change });
      if (!result.ok) toast.error(result.error);
      else toast.success("Account updated");
      router.refresh();
    });
  }

  function reset(form: FormData) {
    if (!resetFor) return;
    setResetError(null);
    startTransition(async () => {
      const result = await resetPassword({ id: resetFor.id, password: String(form.get("password") ?? "") });
      if (!result.ok) return setResetError(result.error);
      toast.success(`New password set for ${result.data.email}; their open sessions are signed out.`);
      setResetFor(null);
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
            <tr>
              <th className="px-3 py-2">Name</th>
              <th className="px-3 py-2">E-mail</th>
              <th className="px-3 py-2">Role</th>
              <th className="px-3 py-2">Access</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-stone-100 last:border-0">
                <td className="px-3 py-2">{user.name}</td>
                <td className="px-3 py-2 text-stone-600">{user.email}</td>
                <td className="px-3 py-2">
                  <Select
                    aria-label={`Role of ${user.email}`}
                    value={user.role}
                    disabled={pending || user.id === selfId}
                    onChange={(e) => change(user.id, { role: e.target.value as Role })}
                    className="w-32"
                  >
                    <option value="admin">admin</option>
                    <option value="reviewer">reviewer</option>
                    <option value="viewer">viewer</option>
                  </Select>
                </td>
                <td className="px-3 py-2">
                  {user.id === selfId ? (
                    <span className="text-stone-500">you</span>
                  ) : (
                    <span className="flex flex-wrap gap-2">
                      <Button variant="secondary" size="sm" disabled={pending} onClick={() => change(user.id, { disabled: !user.disabled })}>
                        {user.disabled ? "Enable" : "Disable"}
                      </Button>
                      <Button variant="ghost" size="sm" disabled={pending} aria-label={`Reset the password of ${user.email}`} onClick={() => setResetFor(user)}>
                        Reset password
                      </Button>
                    </span>
                  )}
                  {user.disabled ? <span className="ml-2 text-xs font-medium text-critical">disabled</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="space-y-6">
        {resetFor ? (
          <form action={reset} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <h2 className="font-medium">New password for {resetFor.email}</h2>
            {resetError ? <Alert>{resetError}</Alert> : null}
            <Field label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters; share it with the person safely. Their open sessions end.`}>
              <Input name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" autoFocus />
            </Field>
            <div className="flex gap-2">
              <Button type="submit" disabled={pending} className="flex-1">
                Set password
              </Button>
              <Button type="button" variant="secondary" onClick={() => setResetFor(null)}>
                Cancel
              </Button>
            </div>
          </form>
        ) : null}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create(e.currentTarget);
          }}
          className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
        >
          <h2 className="font-medium">New account</h2>
          {error ? <Alert>{error}</Alert> : null}
          <Field label="Name">
            <Input name="name" required />
          </Field>
          <Field label="E-mail">
            <Input name="email" type="email" required />
          </Field>
          <Field label="Password" hint={`At least ${MIN_PASSWORD_LENGTH} characters; share it with the person safely.`}>
            <Input name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" />
          </Field>
          <Field label="Role">
            <Select name="role" defaultValue="reviewer">
              <option value="reviewer">reviewer — edits and approves</option>
              <option value="viewer">viewer — reads only</option>
              <option value="admin">admin — also manages accounts</option>
            </Select>
          </Field>
          <Button type="submit" disabled={pending} className="w-full">
            Create account
          </Button>
        </form>
      </div>
    </div>
  );
}
