import { LEVELS, type Level, sortLevels } from '@/logic/spine/levels';

/** Chosen levels as removable chips plus one "add" list: compact at 360 px, one tab stop per chip. */
export function LevelPicker({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: Level[];
  onChange(levels: Level[]): void;
}) {
  return (
    <fieldset class="levels">
      <legend>{label}</legend>
      {value.length === 0 && <span class="none">none</span>}
      {value.map((level) => (
        <button
          key={level}
          type="button"
          class="level"
          aria-label={`Remove ${level} from ${label}`}
          onClick={() => onChange(value.filter((other) => other !== level))}
        >
          {level} <span aria-hidden="true">×</span>
        </button>
      ))}
      <select
        id={id}
        aria-label={`Add a level to ${label}`}
        value=""
        onChange={(event) => {
          const level = event.currentTarget.value as Level;
          if (level) onChange(sortLevels([...value, level]));
        }}
      >
        <option value="">+ level</option>
        {LEVELS.filter((level) => !value.includes(level)).map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
