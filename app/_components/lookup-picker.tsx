"use client";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export interface PickerOption {
  id: number;
  label: string;
}

type Found = { articles?: { id: number; title: string }[]; speakers?: { id: number; name: string }[] };
const toOptions = (source: "articles" | "speakers", body: Found): PickerOption[] =>
  source === "articles" ? (body.articles ?? []).map((a) => ({ id: a.id, label: a.title })) : (body.speakers ?? []).map((s) => ({ id: s.id, label: s.name }));

/**
 * A type-ahead picker (the ARIA combobox pattern): a text input that asks `source` for the first few
 * names starting with what was typed and lists them below; arrow keys move through the list, Enter
 * chooses, Escape closes it. The chosen id travels in a hidden input named `name`, so a GET form keeps it
 * in the URL. Without JavaScript the text itself is sent as `<name>Name`, which the page resolves by name.
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
}: {
  name: string;
  label: string;
  /** what to ask: "articles" (GET /api/v1/articles?prefix=…) or "speakers" */
  source: "articles" | "speakers";
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
  const [text, setText] = useState(value?.label ?? "");
  const [options, setOptions] = useState<PickerOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // false in the server's HTML and during hydration, true once the script runs: the no-JavaScript form differs
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const asked = ++request.current;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/${source}?${new URLSearchParams({ prefix: text.trim(), limit: "10" })}`, { headers: { Accept: "application/json" } });
        if (!response.ok || asked !== request.current) return;
        const items = toOptions(source, await response.json());
        setOptions(items);
        setActive(items.length ? 0 : -1);
      } catch {
        // the list stays as it was; typing again asks again
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [text, open, source]);

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
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        // Without JavaScript the typed name is what the form sends; with it, the hidden id below.
        name={enhanced ? undefined : `${name}Name`}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          // The matches of what was typed before go at once: a late answer must not move the keyboard's place.
          setOptions([]);
          setActive(-1);
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
    </div>
  );
}
