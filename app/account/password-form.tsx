"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { changeOwnPassword } from "@/lib/actions/change-own-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [changed, setChanged] = useState(false);

  async function submit(form: FormData) {
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) return setError(t("password.differ"));
    setPending(true);
    setError(null);
    setChanged(false);
    const result = await changeOwnPassword({ current: String(form.get("current") ?? ""), password });
    if (!result.ok) {
      setPending(false);
      return setError(result.error);
    }
    // The change ended every session, this one too: sign in again with the new password.
    await signIn("credentials", { email, password, redirect: false });
    setPending(false);
    setChanged(true);
  }

  return (
    <form action={submit} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 className="font-medium">{t("password.heading")}</h2>
      {error ? <Alert>{error}</Alert> : null}
      {changed ? <Alert tone="info">{t("password.changed")}</Alert> : null}
      <Field label={t("password.current")}>
        <Input name="current" type="password" required autoComplete="current-password" />
      </Field>
      <Field label={t("password.new")} hint={t("password.hint", { min: MIN_PASSWORD_LENGTH })}>
        <Input name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" />
      </Field>
      <Field label={t("password.again")}>
        <Input name="confirm" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("password.changing") : t("password.submit")}
      </Button>
    </form>
  );
}
