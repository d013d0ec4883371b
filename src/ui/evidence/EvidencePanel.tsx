import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { MomentsOfTruthPanel } from './MomentsOfTruthPanel';
import { PainPointsPanel } from './PainPointsPanel';
import { PersonaStrip } from './PersonaStrip';
import { ResearchPanel } from './ResearchPanel';
import type { OnReveal } from './types';
import './evidence.css';

/** The tabs of the evidence panel, in order. */
export const EVIDENCE_TABS = [
  { id: 'people', label: 'Personas & research' },
  { id: 'moments', label: 'Moments of truth' },
  { id: 'pains', label: 'Pain points explained' },
] as const;
/** A tab of the evidence panel. */
export type EvidenceTab = (typeof EVIDENCE_TABS)[number]['id'];

/** What the evidence panel needs from the editor. */
export interface EvidencePanelProps {
  /** Scrolls the canvas to a step or card, selects and highlights it. */
  onReveal: OnReveal;
  /** The tab shown first (default: Personas & research). */
  initialTab?: EvidenceTab;
}

/**
 * The evidence behind the map, for the editor's side area: personas and research (with the
 * evidence coverage), moments of truth, and "Pain points explained", as tabs (WAI-ARIA tabs:
 * arrow keys, Home and End move between them).
 */
export function EvidencePanel({ onReveal, initialTab = 'people' }: EvidencePanelProps) {
  const uid = useId();
  const [tab, setTab] = useState<EvidenceTab>(initialTab);
  const tabRefs = useRef(new Map<EvidenceTab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const index = EVIDENCE_TABS.findIndex((t) => t.id === tab);
    const last = EVIDENCE_TABS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % EVIDENCE_TABS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % EVIDENCE_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const id = EVIDENCE_TABS[next]?.id ?? 'people';
    setTab(id);
    tabRefs.current.get(id)?.focus();
  };

  return (
    <div className="ev-panel">
      <div className="ev-tabs" role="tablist" aria-label="Evidence" onKeyDown={onKeyDown}>
        {EVIDENCE_TABS.map((t) => (
          <button
            key={t.id}
            ref={(element) => {
              if (element) tabRefs.current.set(t.id, element);
              else tabRefs.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={`${uid}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${uid}-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="ev-tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        className="ev-tabpanel"
        role="tabpanel"
        id={`${uid}-panel-${tab}`}
        aria-labelledby={`${uid}-tab-${tab}`}
        tabIndex={0}
      >
        {tab === 'people' && (
          <>
            <PersonaStrip layout="stack" />
            <ResearchPanel />
          </>
        )}
        {tab === 'moments' && <MomentsOfTruthPanel onReveal={onReveal} />}
        {tab === 'pains' && <PainPointsPanel onReveal={onReveal} />}
      </div>
    </div>
  );
}
