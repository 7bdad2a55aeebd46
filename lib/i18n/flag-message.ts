/** What a flag carries that its message is made of, whichever module owns the whole flag type. */
export interface FlagMessageParts {
  check: string;
  messageId: string;
  args: Record<string, string>;
  /** The check's own rendering, in European Portuguese. */
  message: string;
}

/** Where a flag's message lives in the "checks" catalogue: its check, then the check's message id. */
export function flagMessageKey(flag: Pick<FlagMessageParts, "check" | "messageId">): string {
  return `${flag.check}.messages.${flag.messageId}`;
}

export function checkTitleKey(check: string): string {
  return `${check}.title`;
}
