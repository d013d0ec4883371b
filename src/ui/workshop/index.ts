/** Workshop and focus-group tools: presentation, comments, votes, severity. */
export { PresentationMode, EmotionFace } from './PresentationMode';
export type { PresentationModeProps, PresentationPhaseContext } from './PresentationMode';
export { AnnotationToolbar, ParticipantNameField } from './AnnotationToolbar';
export type { AnnotationToolbarProps } from './AnnotationToolbar';
export { CommentThread } from './CommentThread';
export type { CommentThreadProps } from './CommentThread';
export { CardAnnotations, VoteButton, useCardAnnotationSummary } from './CardAnnotations';
export type { CardAnnotationsProps, VoteButtonProps } from './CardAnnotations';
export { SeverityPicker, SEVERITY_LABELS } from './SeverityPicker';
export type { SeverityPickerProps } from './SeverityPicker';
export { WorkshopSidePanel } from './WorkshopSidePanel';
export type { WorkshopSidePanelProps } from './WorkshopSidePanel';
export { StartVoteDialog } from './StartVoteDialog';
export { VoteResults, VoteResultsPanel } from './VoteResults';
export { useParticipantName, PARTICIPANT_NAME_KEY } from './participantName';
export { resetWorkshopSession, setCurrentVoter, useCurrentVoter } from './session';
