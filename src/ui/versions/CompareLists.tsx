/**
 * A comparison in words: every card added, removed, changed (with the fields) and moved (from
 * where to where); pain points resolved and new; recommendations whose status changed; lanes
 * and steps renamed, added or removed.
 */
import type { CardDifference, CardPlace, MapComparison } from '../../domain/compare';
import { CARD_KIND_REGISTRY } from '../../domain/kinds';
import type { Card } from '../../domain/schema';
import { RECOMMENDATION_STATUS_LABELS } from '../../domain/vocabulary';
import { plural } from '../../domain/words';
import { CHANGE_MARKS } from './MapPicture';

const place = (p: CardPlace | null) => (p ? [p.phase, p.step, p.lane].join(' · ') : '');
const cardName = (card: Card | null) =>
  card ? `${CARD_KIND_REGISTRY[card.kind].label}: ${card.title || 'Untitled'}` : '';

function DifferenceList({ title, items }: { title: string; items: readonly CardDifference[] }) {
  if (items.length === 0) return null;
  return (
    <section className="compare-list">
      <h4>
        {title} ({items.length})
      </h4>
      <ul aria-label={title}>
        {items.map((d) => (
          <li key={d.id}>
            <span className="compare-list__badge" aria-hidden="true">
              {d.changes.map((c) => CHANGE_MARKS[c].badge).join('')}
            </span>{' '}
            {cardName(d.after ?? d.before)}
            <span className="compare-list__where">
              {d.changes.includes('moved')
                ? ` — moved from ${place(d.placeBefore)} to ${place(d.placeAfter)}`
                : ` — ${place(d.placeAfter ?? d.placeBefore)}`}
              {d.fields.length > 0 ? `; changed: ${d.fields.join(', ')}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CardList({ title, cards }: { title: string; cards: readonly Card[] }) {
  return (
    <section className="compare-list">
      <h4>
        {title} ({cards.length})
      </h4>
      {cards.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul aria-label={title}>
          {cards.map((card) => (
            <li key={card.id}>{card.title || 'Untitled'}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The lists of one comparison. */
export function CompareLists({ comparison }: { comparison: MapComparison }) {
  const { painPoints, recommendations, lanes, steps } = comparison;
  const renamed = [...lanes.renamed, ...steps.renamed];
  return (
    <div className="compare-lists">
      <DifferenceList title="Cards added" items={comparison.added} />
      <DifferenceList title="Cards removed" items={comparison.removed} />
      <DifferenceList title="Cards changed" items={comparison.changed} />
      <DifferenceList
        title="Cards moved"
        items={comparison.moved.filter((d) => !d.changes.includes('changed'))}
      />
      <CardList title="Pain points resolved" cards={painPoints.resolved} />
      <CardList title="New pain points" cards={painPoints.new} />
      <p>{plural(painPoints.remaining, 'pain point')} in both.</p>
      <section className="compare-list">
        <h4>Recommendations whose status changed ({recommendations.statusChanged.length})</h4>
        {recommendations.statusChanged.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul aria-label="Recommendations whose status changed">
            {recommendations.statusChanged.map((s) => (
              <li key={s.card.id}>
                {s.card.title || 'Untitled'}: {RECOMMENDATION_STATUS_LABELS[s.before]} →{' '}
                {RECOMMENDATION_STATUS_LABELS[s.after]}
              </li>
            ))}
          </ul>
        )}
      </section>
      {renamed.length +
        lanes.added.length +
        lanes.removed.length +
        steps.added.length +
        steps.removed.length >
      0 ? (
        <section className="compare-list">
          <h4>The grid</h4>
          <ul aria-label="Changes to the grid">
            {renamed.map((r) => (
              <li key={r.id}>
                Renamed “{r.before}” to “{r.after}”
              </li>
            ))}
            {lanes.added.map((l) => (
              <li key={l.id}>Lane added: {l.name}</li>
            ))}
            {lanes.removed.map((l) => (
              <li key={l.id}>Lane removed: {l.name}</li>
            ))}
            {steps.added.map((name) => (
              <li key={`sa${name}`}>Step added: {name}</li>
            ))}
            {steps.removed.map((name) => (
              <li key={`sr${name}`}>Step removed: {name}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
