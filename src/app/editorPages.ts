/** The pages that need the editor (loaded on demand, see editorModule.ts). */
export { EditorPage } from '../ui/editor/EditorPage';
export { JoinPage } from '../ui/live/JoinPage';
export { LivePage } from '../ui/live/LivePage';
export { openMapAhead } from '../bindings/useMapSession';
