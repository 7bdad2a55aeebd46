"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { mentionAtCaret, mentionCandidates, type Mentionable } from "@/lib/comments/mentions";
import { cn } from "@/lib/cn";
import { MAX_COMMENT_LENGTH } from "@/lib/validation/comment";

interface Props {
  label: string;
  submitLabel: string;
  people: readonly Mentionable[];
  initial?: string;
  autoFocus?: boolean;
  onSubmit: (body: string) => Promise<boolean>;
  onCancel?: () => void;
}

/** A comment box: Ctrl+Enter sends; typing @ offers colleagues' names (arrows, Enter or Tab to pick, Esc to close). */
export function CommentComposer({ label, submitLabel, people, initial = "", autoFocus, onSubmit, onCancel }: Props) {
  const t = useTranslations("comments");
  const [body, setBody] = useState(initial);
  const [caret, setCaret] = useState(initial.length);
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState(false);
  const [sending, setSending] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const listId = useId();

  const typed = closed ? null : mentionAtCaret(body, caret);
  const options = typed ? mentionCandidates(typed.query, people) : [];
  const open = options.length > 0;

  function pick(person: Mentionable) {
    if (!typed) return;
    const inserted = `@${person.name} `;
    const next = body.slice(0, typed.start) + inserted + body.slice(caret);
    const at = typed.start + inserted.length;
    // Rendered at once, so that the caret is after the name before the next key arrives (a fast typist's
    // next letter went to the end of the text while the caret waited for a frame).
    flushSync(() => {
      setBody(next);
      setCaret(at);
      setActive(0);
      // The name just inserted would match itself; the list opens again with the next keystroke.
      setClosed(true);
    });
    area.current?.focus();
    area.current?.setSelectionRange(at, at);
  }

  async function send() {
    if (body.trim() === "" || sending) return;
    setSending(true);
    const ok = await onSubmit(body);
    setSending(false);
    if (ok) {
      setBody("");
      setCaret(0);
    }
  }

  return (
    <div className="relative space-y-1.5">
      <textarea
        ref={area}
        aria-label={label}
        value={body}
        autoFocus={autoFocus}
        maxLength={MAX_COMMENT_LENGTH}
        rows={2}
        placeholder={t("placeholder")}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          setBody(e.target.value);
          setCaret(e.target.selectionStart);
          setClosed(false);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={(e) => {
          if (open && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
            e.preventDefault();
            setActive((i) => (i + (e.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
          } else if (open && (e.key === "Enter" || e.key === "Tab") && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            pick(options[Math.min(active, options.length - 1)]);
          } else if (e.key === "Escape") {
            e.stopPropagation();
            if (open) setClosed(true);
            else onCancel?.();
          } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          }
        }}
        className="block w-full resize-y rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
      />
      {open ? (
        <ul id={listId} role="listbox" aria-label={t("mentionList")} className="absolute left-2 top-full z-20 -mt-1 w-64 rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg">
          {options.map((person, i) => (
            <li
              key={person.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(person);
              }}
              className={cn("cursor-pointer px-3 py-1", i === active ? "bg-accent text-white" : "hover:bg-stone-100")}
            >
              {person.name}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" disabled={sending || body.trim() === ""} onClick={() => void send()}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
        <span className="text-xs text-stone-500">{t("composerHint")}</span>
      </div>
    </div>
  );
}
