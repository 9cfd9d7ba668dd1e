"use client";
import { useEffect, useId, useRef, useState } from "react";
import { mentionQueryAt } from "@/lib/notify/mentions";

interface Person {
  id: string;
  name: string;
  role: string;
}

/**
 * A comment box that offers people to mention as `@` is typed: the combobox pattern's keyboard and
 * list, on a textarea (which keeps its textbox role: ARIA allows no other on it, so aria-autocomplete,
 * aria-controls and aria-activedescendant carry the list, and a live region says how many were found).
 * The names come from GET /api/v1/people; ArrowDown and ArrowUp move through them, Enter or Tab puts the
 * chosen name in the text, Escape closes the list. Without JavaScript it is a plain textarea, and an
 * `@Name` typed in full is still resolved when the comment is saved.
 */
export function MentionTextarea(props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string; defaultValue: string; maxLength: number }) {
  const { defaultValue, ...field } = props;
  const listId = `${useId()}-people`;
  const [text, setText] = useState(defaultValue);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [active, setActive] = useState(-1);
  const box = useRef<HTMLTextAreaElement>(null);
  const request = useRef(0);
  const open = mention !== null && people.length > 0;

  useEffect(() => {
    if (!mention) return;
    const asked = ++request.current;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/people?${new URLSearchParams({ q: mention.query, limit: "8" })}`, { headers: { Accept: "application/json" } });
        if (!response.ok || asked !== request.current) return;
        const found = ((await response.json()) as { people: Person[] }).people;
        setPeople(found);
        setActive(found.length ? 0 : -1);
      } catch {
        // the list stays as it was; typing again asks again
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [mention]);

  function follow(value: string, caret: number) {
    setText(value);
    const next = mentionQueryAt(value, caret);
    setMention(next);
    if (!next) {
      setPeople([]);
      setActive(-1);
    }
  }

  function choose(person: Person) {
    if (!mention) return;
    const before = text.slice(0, mention.start);
    const after = text.slice(mention.start + 1 + mention.query.length);
    const inserted = `@${person.name} `;
    const value = before + inserted + after.replace(/^ /, "");
    const caret = before.length + inserted.length;
    setText(value);
    setMention(null);
    setPeople([]);
    setActive(-1);
    requestAnimationFrame(() => box.current?.setSelectionRange(caret, caret));
  }

  function close() {
    setMention(null);
    setPeople([]);
    setActive(-1);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((at) => (at + step + people.length) % people.length);
    } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0 && people[active]) {
      event.preventDefault();
      choose(people[active]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  }

  const activeId = open && active >= 0 ? `${listId}-${active}` : undefined;
  return (
    <div className="picker">
      <textarea
        {...field}
        ref={box}
        rows={3}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={activeId}
        value={text}
        onChange={(event) => follow(event.target.value, event.target.selectionStart)}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => {
          // The caret moved without typing (arrows when the list is closed, Home, End): the mention under it may have changed.
          if (!open && ["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) follow(event.currentTarget.value, event.currentTarget.selectionStart);
        }}
        onBlur={close}
      />
      <span className="sr-only" aria-live="polite">
        {open ? `${people.length === 1 ? "1 person" : `${people.length} people`} to mention: arrow keys to choose, Enter to insert, Escape to close.` : ""}
      </span>
      <ul id={listId} role="listbox" aria-label="People to mention" className="picker-list" hidden={!open}>
        {people.map((person, index) => (
          <li
            key={person.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? "active" : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(person);
            }}
          >
            {person.name} <span className="small">({person.role === "factchecker" ? "fact-checker" : person.role})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
