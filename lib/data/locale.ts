import type { Locale } from "@/lib/checks/types";
import { Locale as DbLocale } from "./generated/prisma/enums";

export function toDbLocale(locale: Locale): DbLocale {
  return locale === "pt-BR" ? DbLocale.pt_BR : DbLocale.pt_PT;
}

export function fromDbLocale(locale: DbLocale): Locale {
  return locale === DbLocale.pt_BR ? "pt-BR" : "pt-PT";
}
