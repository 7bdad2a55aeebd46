"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { markMentionsRead } from "@/lib/actions/mark-mentions-read";

export function MarkAllReadButton() {
  const t = useTranslations("comments");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button size="sm" variant="secondary" disabled={pending} onClick={() => start(async () => {
      await markMentionsRead({ commentIds: "all" });
      router.refresh();
    })}>
      {t("mentionsPage.markAllRead")}
    </Button>
  );
}
