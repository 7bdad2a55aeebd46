import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const styles = {
  pending: "bg-stone-100 text-stone-700 ring-stone-300",
  edited: "bg-sky-50 text-sky-800 ring-sky-300",
  approved: "bg-emerald-50 text-emerald-800 ring-emerald-300",
} as const;

export function StatusBadge({ status }: { status: keyof typeof styles }) {
  const t = useTranslations("workspace.status");
  return (
    <Badge className={styles[status]}>
      {status === "approved" ? "✓ " : ""}
      {t(status)}
    </Badge>
  );
}
