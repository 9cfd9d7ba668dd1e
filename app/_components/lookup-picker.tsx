"use client";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export interface PickerOption {
  id: number;
  label: string;
}

type Source = "articles" | "speakers" | "claims";
type Found = {
  articles?: { id: number; title: string }[];
  speakers?: { id: number; name: string; kind?: string }[];
  claims?: { id: number; statement: string }[];
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Where each kind of picker asks, which parameter carries the typed text, and how an answer becomes options. */
const SOURCES: Record<Source, { path: string; textParam: string; toOptions: (body: Found) => PickerOption[] }> = {
  articles: { path: "/api/v1/articles", textParam: "prefix", toOptions: (b) => (b.articles ?? []).map((a) => ({ id: a.id, label: a.title })) },
  speakers: { path: "/api/v1/speakers", textParam: "prefix", toOptions: (b) => (b.speakers ?? []).map((s) => ({ id: s.id, label: s.name })) },
  // Claims are found by the full-text search (words, or a figure as written), best matches first.
  claims: { path: "/api/v1/claims", textParam: "q", toOptions: (b) => (b.claims ?? []).map((c) => ({ id: c.id, label: `#${c.id} — ${clip(c.statement, 90)}` })) },
};

/**
 * A type-ahead picker (the ARIA combobox pattern): a text input that asks `source` for the first few
 * names starting with what was typed and lists them below; arrow keys move through the list, Enter
 * chooses, Escape closes it. The chosen id travels in a hidden input named `name`, so a GET form keeps it
 * in the URL. Without JavaScript the text itself is sent as `<name>Name` (or `textName`), which the page or
 * action resolves by name; with `textName` the text is sent with JavaScript too, so a form that failed to
 * save can show the chosen name again.
 */
export function LookupPicker({
  name,
  label,
  source,
  value,
  placeholder,
  onChange,
  describedBy,
  invalid,
  params,
  textName,
  defaultText,
  errors,
}: {
  name: string;
  label: string;
  /** what to ask: "articles" (GET /api/v1/articles?prefix=…), "speakers", or "claims" (GET /api/v1/claims?q=…) */
  source: Source;
  /** more query parameters for the lookup, e.g. `{ unit: "person" }` for claims counting people */
  params?: Record<string, string>;
  /** the name the typed text is sent under, always (by default `<name>Name`, and only without JavaScript) */
  textName?: string;
  /** the text shown when nothing is chosen (what was typed before a failed save) */
  defaultText?: string;
  /** the field's errors, shown under it and tied to the input for screen readers */
  errors?: string[];
  /** the chosen item, if any */
  value?: PickerOption | null;
  placeholder?: string;
  onChange?: (option: PickerOption | null) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [chosen, setChosen] = useState<PickerOption | null>(value ?? null);
  const [text, setText] = useState(value?.label ?? defaultText ?? "");
  const [options, setOptions] = useState<PickerOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // false in the server's HTML and during hydration, true once the script runs: the no-JavaScript form differs
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const request = useRef(0);
  const [answered, setAnswered] = useState(false);
  const extra = new URLSearchParams(params).toString();

  useEffect(() => {
    if (!open) return;
    const asked = ++request.current;
    const timer = setTimeout(async () => {
      try {
        const { path, textParam, toOptions } = SOURCES[source];
        const query = new URLSearchParams(extra);
        query.set(textParam, text.trim());
        query.set("limit", "10");
        const response = await fetch(`${path}?${query}`, { headers: { Accept: "application/json" } });
        if (!response.ok || asked !== request.current) return;
        const items = toOptions(await response.json());
        setOptions(items);
        setActive(items.length ? 0 : -1);
        setAnswered(true);
      } catch {
        // the list stays as it was; typing again asks again
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [text, open, source, extra]);

  function choose(option: PickerOption | null) {
    setChosen(option);
    setText(option?.label ?? "");
    setOpen(false);
    setActive(-1);
    onChange?.(option);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((at) => (at + step + options.length) % options.length);
    } else if (event.key === "Enter" && open && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const errorId = `${id}-error`;
  const describe = [describedBy, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  const activeId = open && active >= 0 ? `${id}-option-${active}` : undefined;
  return (
    <div className="field picker">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={describe}
        aria-invalid={invalid || Boolean(errors?.length) || undefined}
        // Without JavaScript the typed name is what the form sends; with it, the hidden id below.
        name={textName ?? (enhanced ? undefined : `${name}Name`)}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          // The matches of what was typed before go at once: a late answer must not move the keyboard's place.
          setOptions([]);
          setActive(-1);
          setAnswered(false);
          setOpen(true);
          if (chosen) {
            setChosen(null);
            onChange?.(null);
          }
        }}
        onFocus={() => text === "" && setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {enhanced && <input type="hidden" name={name} value={chosen ? String(chosen.id) : ""} />}
      <ul id={listId} role="listbox" aria-label={label} className="picker-list" hidden={!open || options.length === 0}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? "active" : undefined}
            // mousedown, not click: the input would lose focus (and close the list) before a click lands
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.label}
          </li>
        ))}
      </ul>
      {errors && (
        <div id={errorId} aria-live="polite">
          {errors.map((error) => <p className="field-error" key={error}>{error}</p>)}
        </div>
      )}
      {enhanced && (
        <span className="sr-only" aria-live="polite">
          {open && answered ? (options.length === 0 ? "No matches" : `${options.length} ${options.length === 1 ? "match" : "matches"}: arrow keys to move, Enter to choose`) : ""}
        </span>
      )}
    </div>
  );
}
