/** A whole or decimal number that may be unknown: an empty box means unknown. */
export function NumberInput({
  id,
  label,
  value,
  min,
  max,
  whole,
  onChange,
}: {
  id: string;
  label: string;
  value: number | null;
  min: number;
  max: number;
  /** Only whole numbers make sense (age, pain score). */
  whole?: boolean;
  onChange(value: number | null): void;
}) {
  return (
    <div class="number">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        step={whole ? 1 : 'any'}
        max={max}
        value={value ?? ''}
        onInput={(event) => {
          const text = event.currentTarget.value.trim();
          const number = Number(text);
          // Out-of-range or half-typed input leaves the case unchanged until it makes sense.
          if (text === '') onChange(null);
          else if (Number.isFinite(number) && number >= min && number <= max && (!whole || Number.isInteger(number)))
            onChange(number);
        }}
      />
    </div>
  );
}
