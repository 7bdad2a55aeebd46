"use client";

import { signIn } from "next-auth/react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { sameSiteCallback } from "@/lib/auth/callback-url";

export function LoginForm() {
  const t = useTranslations("login");
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // Not a form action: React resets a form after its action, and a failed sign-in must keep the e-mail.
  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      // next-auth hands back the server's English text; only the waiting after repeated failures is told apart.
      setError(result?.error?.startsWith("Too many") ? t("tooManyAttempts") : t("wrongCredentials"));
      const password = form.elements.namedItem("password");
      if (password instanceof HTMLInputElement) {
        password.value = "";
        password.focus();
      }
      return;
    }
    // A full load, so that the whole page (navigation included) renders with the new session.
    window.location.assign(sameSiteCallback(searchParams.get("callbackUrl"), window.location.origin));
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.currentTarget);
      }}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
    >
      {error ? <Alert>{error}</Alert> : null}
      <Field label={t("email")}>
        <Input name="email" type="email" autoComplete="username" required autoFocus />
      </Field>
      <Field label={t("password")}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("submit")}
      </Button>
    </form>
  );
}
