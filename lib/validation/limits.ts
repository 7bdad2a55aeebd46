/** Limits the import form enforces as the server does; this module is light enough for the browser. */
export const MAX_TITLE_LENGTH = 300;
