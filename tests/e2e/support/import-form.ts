import type { Page } from "@playwright/test";
import { msg } from "./messages";

const im = msg("import");
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * A field is named by its label and then its hint, with at most a file picker's words between; the hint's fixed
 * start tells it from the XLIFF form's file field.
 */
const labelled = (label: string, hint: string) => new RegExp(`^${escaped(label)}[^]{0,80}?${escaped(hint.split("{")[0])}`);

/** The import form's fields, found by the catalogue's words. */
export const importForm = {
  file: (page: Page) => page.getByLabel(labelled(im.form.file, im.form.fileHint)),
  title: (page: Page) => page.getByLabel(labelled(im.form.titleLabel, im.form.titleHint)),
  text: (page: Page) => page.getByLabel(im.form.paste),
  submit: (page: Page) => page.getByRole("button", { name: im.form.submit, exact: true }),
};
