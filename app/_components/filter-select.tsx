/** A labelled select for a GET filter form: an "any" choice first, then the options. */
export function FilterSelect({
  name,
  label,
  anyLabel,
  value,
  options,
  extra,
}: {
  name: string;
  label: string;
  anyLabel: string;
  value: string | number | undefined;
  options: { value: string | number; label: string }[];
  /** choices placed between "any" and the options, e.g. "Nobody" */
  extra?: { value: string; label: string }[];
}) {
  const id = `f-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {[...(extra ?? []), ...options].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
