import { useId } from 'react';
import { useEditorApi } from '../../bindings/EditorProvider';
import { newId } from '../../domain/ids';
import { orderedThemes } from '../../domain/planSummary';
import type { JourneyMap, PlanTheme } from '../../domain/schema';
import { actionPlan } from '../../editor/operations';

/**
 * The action plan's themes in the user's order, each with its description: move a theme up or
 * down, describe it, and put a theme in use that is not yet in the order into it. Grouping and
 * the status summary follow this order (domain/planSummary.ts).
 */
export function ThemesPanel({ map, editable }: { map: JourneyMap; editable: boolean }) {
  const editor = useEditorApi();
  const headingId = useId();
  const inUse = map.cards.flatMap((card) => (card.kind === 'recommendation' ? [card.theme] : []));
  const listed = new Set(map.themes.map((theme) => theme.name));
  const unlisted = orderedThemes({ themes: [] }, inUse).filter(
    (name) => name !== '' && !listed.has(name),
  );
  const set = (themes: PlanTheme[]) => editor.run(actionPlan.setThemes, { themes });
  const move = (index: number, by: -1 | 1) => {
    const themes = [...map.themes];
    const [theme] = themes.splice(index, 1);
    themes.splice(index + by, 0, theme!);
    set(themes);
  };

  return (
    <section className="action-plan__themes" aria-labelledby={headingId}>
      <h3 id={headingId}>Themes</h3>
      {map.themes.length === 0 && unlisted.length === 0 && (
        <p className="action-plan__muted">Give recommendations a theme to list it here.</p>
      )}
      <ol className="action-plan__theme-list" aria-label="Themes in order">
        {map.themes.map((theme, index) => (
          <li key={theme.id}>
            <strong>{theme.name}</strong>
            {editable ? (
              <>
                <textarea
                  className="action-plan__whole action-plan__whole--multiline"
                  aria-label={`Description of the theme “${theme.name}”`}
                  rows={1}
                  maxLength={20_000}
                  value={theme.description}
                  onChange={(e) =>
                    set(
                      map.themes.map((t) =>
                        t.id === theme.id ? { ...t, description: e.target.value } : t,
                      ),
                    )
                  }
                />
                <button
                  type="button"
                  disabled={index === 0}
                  aria-label={`Move “${theme.name}” up`}
                  onClick={() => move(index, -1)}
                >
                  Up
                </button>
                <button
                  type="button"
                  disabled={index === map.themes.length - 1}
                  aria-label={`Move “${theme.name}” down`}
                  onClick={() => move(index, 1)}
                >
                  Down
                </button>
              </>
            ) : (
              theme.description !== '' && <span> – {theme.description}</span>
            )}
          </li>
        ))}
      </ol>
      {unlisted.length > 0 && (
        <p className="action-plan__muted">
          Not in the order yet (listed after it, alphabetically):{' '}
          {unlisted.map((name) =>
            editable ? (
              <button
                key={name}
                type="button"
                onClick={() => set([...map.themes, { id: newId(), name, description: '' }])}
              >
                Add “{name}” to the order
              </button>
            ) : (
              <span key={name}>{name} </span>
            ),
          )}
        </p>
      )}
    </section>
  );
}
