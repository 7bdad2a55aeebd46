"use client";

import { useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createFirstAdministrator } from "@/lib/actions/create-first-administrator";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";

export function SetupForm() {
  const t = useTranslations("setup");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(form: FormData) {
    setPending(true);
    setError(null);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    const result = await createFirstAdministrator({ email, name: String(form.get("name") ?? ""), password });
    if (!result.ok) {
      setPending(false);
      setError(result.error);
      return;
    }
    // next-auth loads the home page itself once signed in, so the server renders it with the new session.
    await signIn("credentials", { email, password, callbackUrl: "/" });
  }

  return (
    <form action={submit} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      {error ? <Alert>{error}</Alert> : null}
      <Field label={t("name")}>
        <Input name="name" required autoComplete="name" autoFocus />
      </Field>
      <Field label={t("email")}>
        <Input name="email" type="email" required autoComplete="username" />
      </Field>
      <Field label={t("password")} hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}>
        <Input name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("creating") : t("submit")}
      </Button>
    </form>
  );
}
