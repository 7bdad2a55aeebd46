import { render, type RenderOptions } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import type { UiLocale } from "@/lib/i18n/config";
import { readCatalogue } from "@/lib/i18n/load-messages";

/** Client components read their texts from the catalogues, as under the root layout's provider. */
export function renderWithIntl(ui: ReactElement, { locale = "en", ...options }: RenderOptions & { locale?: UiLocale } = {}) {
  return render(
    <NextIntlClientProvider locale={locale} messages={readCatalogue(locale)} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>,
    options,
  );
}
