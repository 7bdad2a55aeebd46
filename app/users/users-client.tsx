"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { changeAccess } from "@/lib/actions/change-access";
import { createAccount } from "@/lib/actions/create-account";
import { resetPassword } from "@/lib/actions/reset-password";
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
  const t = useTranslations("users");
  const roles = useTranslations("common.roles");
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
      toast.success(t("created", { email: result.data.email }));
      router.refresh();
    });
  }

  function change(id: number, change: { role?: Role; disabled?: boolean }) {
    startTransition(async () => {
      const result = await changeAccess({ id, ...change });
      if (!result.ok) toast.error(result.error);
      else toast.success(t("updated"));
      router.refresh();
    });
  }

  function reset(form: FormData) {
    if (!resetFor) return;
    setResetError(null);
    startTransition(async () => {
      const result = await resetPassword({ id: resetFor.id, password: String(form.get("password") ?? "") });
      if (!result.ok) return setResetError(result.error);
      toast.success(t("resetDone", { email: result.data.email }));
      setResetFor(null);
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      {/* min-w-0: a grid item is as wide as its content by default, which let the table push the page sideways. */}
      <div className="min-w-0 overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
            <tr>
              <th className="px-3 py-2">{t("table.name")}</th>
              <th className="px-3 py-2">{t("table.email")}</th>
              <th className="px-3 py-2">{t("table.role")}</th>
              <th className="px-3 py-2">{t("table.access")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-stone-100 last:border-0">
                <td className="px-3 py-2">{user.name}</td>
                <td className="px-3 py-2 text-stone-600">{user.email}</td>
                <td className="px-3 py-2">
                  <Select
                    aria-label={t("table.roleOf", { email: user.email })}
                    value={user.role}
                    disabled={pending || user.id === selfId}
                    onChange={(e) => change(user.id, { role: e.target.value as Role })}
                    className="w-32"
                  >
                    <option value="admin">{roles("admin")}</option>
                    <option value="reviewer">{roles("reviewer")}</option>
                    <option value="viewer">{roles("viewer")}</option>
                  </Select>
                </td>
                <td className="px-3 py-2">
                  {user.id === selfId ? (
                    <span className="text-stone-500">{t("table.you")}</span>
                  ) : (
                    <span className="flex flex-wrap gap-2">
                      <Button variant="secondary" size="sm" disabled={pending} onClick={() => change(user.id, { disabled: !user.disabled })}>
                        {user.disabled ? t("table.enable") : t("table.disable")}
                      </Button>
                      <Button variant="ghost" size="sm" disabled={pending} aria-label={t("table.resetOf", { email: user.email })} onClick={() => setResetFor(user)}>
                        {t("table.reset")}
                      </Button>
                    </span>
                  )}
                  {user.disabled ? <span className="ml-2 text-xs font-medium text-critical">{t("table.disabled")}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="space-y-6">
        {resetFor ? (
          <form action={reset} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <h2 className="font-medium">{t("reset.heading", { email: resetFor.email })}</h2>
            {resetError ? <Alert>{resetError}</Alert> : null}
            <Field label={t("reset.password")} hint={t("reset.hint", { min: MIN_PASSWORD_LENGTH })}>
              <Input name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" autoFocus />
            </Field>
            <div className="flex gap-2">
              <Button type="submit" disabled={pending} className="flex-1">
                {t("reset.submit")}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setResetFor(null)}>
                {t("reset.cancel")}
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
          <h2 className="font-medium">{t("create.heading")}</h2>
          {error ? <Alert>{error}</Alert> : null}
          <Field label={t("create.name")}>
            <Input name="name" required />
          </Field>
          <Field label={t("create.email")}>
            <Input name="email" type="email" required />
          </Field>
          <Field label={t("create.password")} hint={t("create.hint", { min: MIN_PASSWORD_LENGTH })}>
            <Input name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" />
          </Field>
          <Field label={t("create.role")}>
            <Select name="role" defaultValue="reviewer">
              <option value="reviewer">{t("create.reviewer")}</option>
              <option value="viewer">{t("create.viewer")}</option>
              <option value="admin">{t("create.admin")}</option>
            </Select>
          </Field>
          <Button type="submit" disabled={pending} className="w-full">
            {t("create.submit")}
          </Button>
        </form>
      </div>
    </div>
  );
}
