/** The evidence behind the map: personas, research, sentiment, moments of truth, pain points. */
export {
  EvidencePanel,
  EVIDENCE_TABS,
  type EvidencePanelProps,
  type EvidenceTab,
} from './EvidencePanel';
export { PersonaStrip, PersonaCard, type PersonaStripProps } from './PersonaStrip';
export { PersonaPicture, type PersonaPictureProps } from './PersonaPicture';
export { ResearchPanel, EvidenceCoverageSummary } from './ResearchPanel';
export { StepSentiment, sentimentText, type StepSentimentProps } from './StepSentiment';
export { StepEmotionSource, type StepEmotionSourceProps } from './StepEmotionSource';
export { MomentsOfTruthPanel, type MomentsOfTruthPanelProps } from './MomentsOfTruthPanel';
export { PainPointsPanel, type PainPointsPanelProps } from './PainPointsPanel';
export { MetricBadge, type MetricBadgeProps } from './MetricBadge';
export type { OnReveal, RevealTarget } from './types';
