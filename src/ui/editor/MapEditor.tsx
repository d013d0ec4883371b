/** Placeholder: the canvas, toolbar and inspector are built in src/canvas and src/ui/editor. */
export function MapEditor() {
  return <div className="map-editor" />;
}
