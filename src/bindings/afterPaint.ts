/**
 * Runs `task` in the task after the next frame's paint (requestAnimationFrame runs before the
 * paint, the task it posts after it), so work that follows a change is not part of the frame
 * that shows the change; returns a function that cancels it. A hidden tab paints no frames: the
 * task waits until the tab shows again.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
