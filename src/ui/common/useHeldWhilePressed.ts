/**
 * A value that waits for the pointer: while a pointer is pressed anywhere on the page (a card
 * being dragged), `useHeldWhilePressed` keeps returning what the value was when the press
 * began, and takes the new one when the press ends. Pressing on a card to drag it selects it;
 * the inspector then fills in with that card's fields when the card is let go, not in the
 * frames of the drag (issue 17: at 2,000 cards its render made drag frames of 33 to 67 ms).
 * Without a pointer (the keyboard), the value follows at once.
 */
import { useEffect, useReducer, useRef } from 'react';

/** `value`, held while a pointer is pressed (see the module comment). */
export function useHeldWhilePressed<T>(value: T): T {
  const [state, update] = useReducer(
    (s: { pressed: boolean; held: T }, action: { pressed: boolean; value: T }) =>
      s.pressed === action.pressed && Object.is(s.held, action.value)
        ? s
        : { pressed: action.pressed, held: action.value },
    { pressed: false, held: value },
  );
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  useEffect(() => {
    const press = () => update({ pressed: true, value: latest.current });
    const release = () => update({ pressed: false, value: latest.current });
    window.addEventListener('pointerdown', press, true);
    window.addEventListener('pointerup', release, true);
    window.addEventListener('pointercancel', release, true);
    // A press whose end the page never hears (the window lost focus meanwhile) ends here.
    window.addEventListener('blur', release);
    return () => {
      window.removeEventListener('blur', release);
      window.removeEventListener('pointerdown', press, true);
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
    };
  }, []);
  return state.pressed ? state.held : value;
}
