/**
 * A participant voting on a tablet: while a vote is open in annotation mode on a touch screen,
 * the map is never shown smaller than 100 %, so each vote button is at least 44 × 44 px on the
 * screen, not only in the card's CSS (WCAG 2.5.5 Target Size, and the 44 pt touch targets of
 * Apple's and Android's guidelines). Entering the vote zooms in about the selected card (else the
 * centre of the screen), and so does the end of any move that left the map smaller (a glide to
 * a card dips below its zoom on the way, and can be cut short there).
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, type RefObject } from 'react';
import { useEditor, useEditorApi } from '../bindings/EditorProvider';
import type { MapLayout } from './layout';

/** The canvas's smallest zoom while voting on a touch screen (1 = 100 %). */
export const VOTING_MIN_ZOOM = 1;

/**
 * The canvas's smallest zoom now (`normal`, or 100 % while a participant votes by touch) and a
 * handler for the end of a pan or zoom that brings the map back to 100 % then.
 */
export function useVotingZoom(
  touchScreen: boolean,
  normal: number,
  layoutRef: RefObject<MapLayout | null>,
) {
  const voting = useEditor(
    (s) => s.mode === 'annotate' && s.map.voteRounds.some((round) => round.status === 'open'),
  );
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const editor = useEditorApi();
  const active = touchScreen && voting;
  const ensure = useCallback(() => {
    if (!active) return;
    const { x, y, zoom } = flow.getViewport();
    if (zoom >= VOTING_MIN_ZOOM) return;
    const selected = editor.selectedCardIds[0];
    const card = selected ? layoutRef.current?.cards.get(selected) : undefined;
    const { width, height } = flowStore.getState();
    const [cx, cy] = card
      ? [card.x + card.width / 2, card.y + card.height / 2]
      : [(width / 2 - x) / zoom, (height / 2 - y) / zoom];
    void flow.setCenter(cx, cy, { zoom: VOTING_MIN_ZOOM });
  }, [active, flow, flowStore, editor, layoutRef]);
  useEffect(ensure, [ensure]);
  return { minZoom: active ? VOTING_MIN_ZOOM : normal, onMoveEnd: ensure };
}
