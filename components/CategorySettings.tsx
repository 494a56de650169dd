import { DEFAULT_COLOURS, type Settings } from '@/logic/storage';
import { CATEGORIES } from '@/logic/terms/mention';

/** Which categories the page highlights, and in which colour (colour-blind-safe by default). */
export function CategorySettings({ settings, onChange }: { settings: Settings; onChange(next: Settings): void }) {
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">Highlight categories</h2>
      <table class="categories">
        <tbody>
          {CATEGORIES.map((category) => (
            <tr key={category}>
              <td>
                <label>
                  <input
                    type="checkbox"
                    checked={settings.categories.includes(category)}
                    onChange={(event) =>
                      onChange({
                        ...settings,
                        categories: event.currentTarget.checked
                          ? CATEGORIES.filter((c) => c === category || settings.categories.includes(c))
                          : settings.categories.filter((c) => c !== category),
                      })
                    }
                  />
                  {category}
                </label>
              </td>
              <td>
                <input
                  type="color"
                  aria-label={`Colour for ${category}`}
                  value={settings.colours[category]}
                  onChange={(event) =>
                    onChange({ ...settings, colours: { ...settings.colours, [category]: event.currentTarget.value } })
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange({ ...settings, colours: { ...DEFAULT_COLOURS } })}>
        Colour-blind-safe colours
      </button>
    </section>
  );
}
