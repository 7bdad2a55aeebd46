// The xliff package ships no types; these are the four converters Lapidar calls, as its README describes them.
declare module "xliff" {
  export interface XliffUnitJs {
    source?: unknown;
    target?: unknown;
    note?: string;
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnitJs>>;
  }
  export function js2xliff(js: XliffJs, options?: { indent?: string }): Promise<string>;
  export function jsToXliff12(js: XliffJs, options?: { indent?: string }): Promise<string>;
  export function xliff2js(xml: string): Promise<XliffJs>;
  export function xliff12ToJs(xml: string): Promise<XliffJs>;
}
