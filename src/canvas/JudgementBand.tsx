/**
 * The review's judgement over the map (seed 003): a band above the phase headers holding the
 * overall judgement ("An improving service") and every criterion with its rating in dots and
 * words, in the review's order. The SVG/PNG draw the same band from the same words and sizes
 * (export/layoutReview.ts), so the board sees on paper what the team sees on screen. It moves
 * with the map; the first view and "fit" include it (layout.ts `above`).
 */
import { memo } from 'react';
import { useEditor } from '../bindings/EditorProvider';
import { judgementBand } from '../domain/ratings';
import { JUDGEMENT_LAYOUT } from '../export/layoutReview';
import { JUDGEMENT_GAP, judgementWidth } from './judgementRoom';

/** The band (see the module comment), `gridRight` px wide at least; nothing without a judgement. */
export const JudgementBand = memo(function JudgementBand({ gridRight }: { gridRight: number }) {
  const judgement = useEditor((s) => s.map.judgement);
  const band = judgementBand({ judgement });
  if (!band) return null;
  const J = JUDGEMENT_LAYOUT;
  return (
    <section
      className="judgement-band"
      aria-label="Judgement"
      style={{
        left: 0,
        // Its bottom edge sits the gap above the grid, whatever height its text takes.
        top: -JUDGEMENT_GAP,
        width: judgementWidth(gridRight),
        padding: J.padding,
      }}
    >
      <h2
        className="judgement-band__overall"
        style={{ fontSize: J.headingSize, lineHeight: `${J.headingLineHeight}px` }}
      >
        {band.overall ? `Judgement: ${band.overall}` : 'Judgement'}
      </h2>
      {band.criteria.length > 0 ? (
        <ul
          className="judgement-band__criteria"
          style={{ gap: J.gap, fontSize: J.size, lineHeight: `${J.lineHeight}px` }}
        >
          {band.criteria.map((c) => (
            <li
              key={c.id}
              className="judgement-band__criterion"
              style={{ width: J.cellWidth, paddingTop: J.gap - 5 }}
            >
              <span className="judgement-band__name">{c.name}</span>{' '}
              <span
                className={c.dots ? 'judgement-band__rating' : 'judgement-band__rating is-unplaced'}
              >
                {c.dots ? (
                  <span className="judgement-band__dots" aria-hidden="true">
                    {`${c.dots} `}
                  </span>
                ) : null}
                {c.words}
                {c.place !== null ? (
                  <span className="visually-hidden">{`, ${c.place} of ${c.of}`}</span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});
