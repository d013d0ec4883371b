/**
 * The comparison of two maps (domain/compare): both pictures side by side, or the later drawn
 * over a faint earlier one, with every added, removed, changed and moved card marked (outline
 * and badge, never colour alone) and listed; both emotion curves together; pain points
 * resolved and new; recommendations whose status changed.
 */
import { useId, useMemo, useState } from 'react';
import { cardMarks, compareMaps, type CardChange } from '../../domain/compare';
import { plural } from '../../domain/words';
import type { JourneyMap } from '../../domain/schema';
import { Modal } from '../common/Modal';
import type { CompareSide } from './ComparePicker';
import { CompareLists } from './CompareLists';
import { EmotionChart } from './EmotionChart';
import { CHANGE_MARKS, MapPicture } from './MapPicture';

/** A map drawn for comparing: the grid and its cards, without personas and legend. */
const gridOnly = (map: JourneyMap): JourneyMap => ({
  ...map,
  settings: { ...map.settings, showPersonas: false, showLegend: false },
});

/** The comparison panel. */
export function CompareView({
  before,
  after,
  onClose,
}: {
  before: CompareSide;
  after: CompareSide;
  onClose: () => void;
}) {
  const comparison = useMemo(() => compareMaps(before.map, after.map), [before.map, after.map]);
  const [mode, setMode] = useState<'side' | 'overlay'>('side');
  const drawnBefore = useMemo(() => gridOnly(before.map), [before.map]);
  const drawnAfter = useMemo(() => gridOnly(after.map), [after.map]);
  const modeName = useId();
  const marksBefore = useMemo(() => cardMarks(comparison, 'before'), [comparison]);
  const marksAfter = useMemo(() => cardMarks(comparison, 'after'), [comparison]);
  // Over a faint earlier map, only the removed cards are marked on it (the rest on the later).
  const removedOnly = useMemo(
    () => new Map([...marksBefore].filter(([, changes]) => changes.includes('removed'))),
    [marksBefore],
  );
  const counts: [CardChange, number][] = [
    ['added', comparison.added.length],
    ['removed', comparison.removed.length],
    ['changed', comparison.changed.length],
    ['moved', comparison.moved.length],
  ];
  return (
    <Modal
      title={`Compare: ${before.label} → ${after.label}`}
      onClose={onClose}
      className="modal--full compare-view"
    >
      <p className="compare-view__summary" role="status">
        {counts.map(([change, n]) => `${plural(n, 'card')} ${change}`).join(', ')};{' '}
        {plural(comparison.painPoints.resolved.length, 'pain point')} resolved,{' '}
        {comparison.painPoints.new.length} new;{' '}
        {plural(comparison.recommendations.statusChanged.length, 'recommendation')} changed status.
      </p>
      <div className="compare-view__tools">
        <fieldset>
          <legend>Show the maps</legend>
          <label className="modal__check">
            <input
              type="radio"
              name={modeName}
              checked={mode === 'side'}
              onChange={() => setMode('side')}
            />
            Side by side
          </label>
          <label className="modal__check">
            <input
              type="radio"
              name={modeName}
              checked={mode === 'overlay'}
              onChange={() => setMode('overlay')}
            />
            Overlaid
          </label>
        </fieldset>
        <ul className="compare-view__legend" aria-label="Marks on the cards">
          {counts.map(([change]) => (
            <li key={change}>
              <span className={`compare-view__key compare-view__key--${change}`} aria-hidden="true">
                {CHANGE_MARKS[change].badge}
              </span>{' '}
              {CHANGE_MARKS[change].label}
            </li>
          ))}
        </ul>
      </div>
      {mode === 'side' ? (
        <div className="compare-view__pictures">
          <figure>
            <figcaption>Before: {before.label}</figcaption>
            <MapPicture
              map={drawnBefore}
              marks={marksBefore}
              label={`Before: ${before.label}, with removed, changed and moved cards marked`}
            />
          </figure>
          <figure>
            <figcaption>After: {after.label}</figcaption>
            <MapPicture
              map={drawnAfter}
              marks={marksAfter}
              label={`After: ${after.label}, with added, changed and moved cards marked`}
            />
          </figure>
        </div>
      ) : (
        <figure>
          <figcaption>
            After ({after.label}) drawn over a faint before ({before.label})
          </figcaption>
          <MapPicture
            label={`${after.label} over ${before.label}, every difference marked`}
            layers={[
              { map: drawnBefore, marks: removedOnly, faded: true },
              { map: drawnAfter, marks: marksAfter },
            ]}
          />
        </figure>
      )}
      <section aria-label="Emotion curves">
        <h3>Emotion curves</h3>
        <EmotionChart
          emotions={comparison.emotions}
          beforeLabel={before.label}
          afterLabel={after.label}
        />
      </section>
      <section aria-label="What changed">
        <h3>What changed</h3>
        <CompareLists comparison={comparison} />
      </section>
    </Modal>
  );
}
